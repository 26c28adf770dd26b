package fr.packnum.accounts.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.packnum.territory.entity.InseeCode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StructureTest {

  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

  private static Structure ccas() {
    return new Structure(
        "  CCAS de Montreuil ",
        StructureKind.CCAS,
        new InseeCode("93048"),
        " accueil@ccas.example ",
        NOW);
  }

  @Test
  void a_new_structure_is_active_with_its_stripped_name_commune_and_email() {
    Structure structure = ccas();

    assertThat(structure.name()).isEqualTo("CCAS de Montreuil");
    assertThat(structure.kind()).isEqualTo(StructureKind.CCAS);
    assertThat(structure.commune()).contains(new InseeCode("93048"));
    assertThat(structure.contactEmail()).contains("accueil@ccas.example");
    assertThat(structure.isActive()).isTrue();
    assertThat(structure.createdAt()).isEqualTo(NOW);
    assertThat(structure.maxOpenRequests()).isEmpty();
    assertThat(structure.version()).isZero();
    assertThat(structure.id()).isNull();
  }

  @Test
  void refuses_a_missing_or_blank_name_and_a_missing_kind_or_instant() {
    assertThatThrownBy(() -> new Structure(null, StructureKind.EPN, null, null, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A structure needs a name");
    assertThatThrownBy(() -> new Structure(" ", StructureKind.EPN, null, null, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A structure needs a name");
    assertThatThrownBy(() -> new Structure("EPN", null, null, null, NOW))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Structure("EPN", StructureKind.EPN, null, null, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void describing_again_replaces_name_kind_commune_and_blank_email_by_nothing() {
    Structure structure = ccas();

    structure.describe("France Services Bondy", StructureKind.FRANCE_SERVICES, null, "  ");

    assertThat(structure.name()).isEqualTo("France Services Bondy");
    assertThat(structure.kind()).isEqualTo(StructureKind.FRANCE_SERVICES);
    assertThat(structure.commune()).isEmpty();
    assertThat(structure.contactEmail()).isEmpty();
    structure.describe("France Services Bondy", StructureKind.FRANCE_SERVICES, null, null);
    assertThat(structure.contactEmail()).isEmpty();
  }

  @Test
  void its_own_cap_may_be_zero_or_cleared_but_not_negative() {
    Structure structure = ccas();

    structure.capOpenRequests(0);
    assertThat(structure.maxOpenRequests()).contains(0);
    structure.capOpenRequests(3);
    assertThat(structure.maxOpenRequests()).contains(3);
    assertThatThrownBy(() -> structure.capOpenRequests(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A cap cannot be negative");
    assertThat(structure.maxOpenRequests()).contains(3);
    structure.capOpenRequests(null);
    assertThat(structure.maxOpenRequests()).isEmpty();
  }

  @Test
  void deactivating_and_activating_switch_whether_its_users_may_sign_in() {
    Structure structure = ccas();

    structure.deactivate();
    assertThat(structure.isActive()).isFalse();
    structure.activate();
    assertThat(structure.isActive()).isTrue();
  }

  @Test
  void two_structures_without_id_are_not_equal_and_share_one_hash() {
    Structure one = ccas();
    Structure two = ccas();

    assertThat(one).isNotEqualTo(two).isNotEqualTo("CCAS de Montreuil");
    assertThat(one.hashCode()).isEqualTo(two.hashCode());
  }

  @Test
  void only_the_social_kinds_refer_households() {
    assertThat(StructureKind.CCAS.refersHouseholds()).isTrue();
    assertThat(StructureKind.MISSION_LOCALE.refersHouseholds()).isTrue();
    assertThat(StructureKind.OPERATOR.refersHouseholds()).isFalse();
    assertThat(StructureKind.WORKSHOP.refersHouseholds()).isFalse();
    assertThat(StructureKind.PARTNER.refersHouseholds()).isFalse();
  }
}
