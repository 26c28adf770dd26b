package fr.packnum.support.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.packnum.support.entity.Milestone;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FollowUpScheduleTest {

  @Test
  void theDefaultScheduleIsAWeekThenOneThreeAndSixMonths() {
    LocalDate handedOver = LocalDate.of(2026, 1, 31);

    assertThat(FollowUpSchedule.parse(FollowUpSchedule.DEFAULT))
        .extracting(Milestone::label, m -> m.dueFrom(handedOver))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("J+7", LocalDate.of(2026, 2, 7)),
            org.assertj.core.groups.Tuple.tuple("M+1", LocalDate.of(2026, 2, 28)),
            org.assertj.core.groups.Tuple.tuple("M+3", LocalDate.of(2026, 4, 30)),
            org.assertj.core.groups.Tuple.tuple("M+6", LocalDate.of(2026, 7, 31)));
  }

  @Test
  void englishDaysAndSpacesAreReadTheFrenchWay() {
    assertThat(FollowUpSchedule.parse(" d+3 , J+15,m+2"))
        .extracting(Milestone::label)
        .containsExactly("J+3", "J+15", "M+2");
  }

  @Test
  void aScheduleOutOfOrderOrUnreadableIsRefusedSayingWhich() {
    assertThatThrownBy(() -> FollowUpSchedule.parse("M+1,J+7"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("J+7");
    assertThatThrownBy(() -> FollowUpSchedule.parse("J+7,J+30,M+1")).hasMessageContaining("M+1");
    assertThatThrownBy(() -> FollowUpSchedule.parse("J+7,S+2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("S+2");
    assertThatThrownBy(() -> FollowUpSchedule.parse("J+0"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FollowUpSchedule.parse(""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
