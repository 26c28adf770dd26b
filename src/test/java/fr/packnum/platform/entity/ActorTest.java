package fr.packnum.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActorTest {

  @Test
  void anActorIsAUserIdAndTheNameReadInHistory() {
    Actor actor = new Actor(7L, "  Claire Martin ");

    assertThat(actor.id()).contains(7L);
    assertThat(actor.name()).isEqualTo("Claire Martin");
    assertThat(actor.isSystem()).isFalse();
  }

  @Test
  void packNumItselfHasNoUserId() {
    assertThat(Actor.SYSTEM.id()).isEmpty();
    assertThat(Actor.SYSTEM.isSystem()).isTrue();
    assertThat(Actor.SYSTEM.name()).isEqualTo("PackNum");
  }

  @Test
  void anActorWithoutANameIsRefused() {
    assertThatThrownBy(() -> new Actor(7L, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Actor(7L, " \t")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNameLongerThanItsColumnIsCutWithAnEllipsis() {
    String name = "a".repeat(Actor.NAME_LENGTH);

    assertThat(new Actor(1L, name).name()).isEqualTo(name);
    assertThat(new Actor(1L, name + "b").name())
        .hasSize(Actor.NAME_LENGTH)
        .endsWith("a…")
        .startsWith("aaa");
  }

  @Test
  void twoActorsAreEqualWhenTheyHaveTheSameIdAndName() {
    assertThat(new Actor(7L, "Claire Martin"))
        .isEqualTo(new Actor(7L, "Claire Martin"))
        .hasSameHashCodeAs(new Actor(7L, "Claire Martin"))
        .isNotEqualTo(new Actor(8L, "Claire Martin"))
        .isNotEqualTo(new Actor(7L, "Claire Martin-Dupont"))
        .isNotEqualTo(Actor.SYSTEM);
    assertThat(new Actor(null, "PackNum")).isEqualTo(Actor.SYSTEM);
  }

  @Test
  void itsTextNamesNoPerson() {
    assertThat(new Actor(7L, "Claire Martin").toString()).doesNotContain("Claire");
  }
}
