package fr.packnum.accounts.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserTest {

  private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
  private final Structure ccas =
      new Structure("CCAS de Montreuil", StructureKind.CCAS, null, null, NOW);

  private User user(Role role) {
    return new User("  Marie.Dupont ", "Marie Dupont", null, role, ccas, "hash", NOW);
  }

  @Test
  void usernamesAreNormalisedToLowerCase() {
    assertThat(user(Role.SOCIAL_WORKER).username()).isEqualTo("marie.dupont");
  }

  @Test
  void refusesUsernamesOutsideThePattern() {
    assertThatThrownBy(() -> new User("ma", "M", null, Role.SUPPORT, ccas, "hash", NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new User("marie dupont", "M", null, Role.SUPPORT, ccas, "hash", NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTotpStepIsAcceptedOnceAndNeverAnOlderOne() {
    User user = user(Role.SUPPORT);
    user.enableTotp("SECRET", 100);
    assertThat(user.acceptTotpStep(100)).isFalse();
    assertThat(user.acceptTotpStep(101)).isTrue();
    assertThat(user.acceptTotpStep(101)).isFalse();
    assertThat(user.acceptTotpStep(99)).isFalse();
  }

  @Test
  void administratorsAlwaysNeedASecondFactorAndCannotDropIt() {
    User admin = user(Role.ADMIN);
    assertThat(admin.needsSecondFactor()).isTrue();
    admin.enableTotp("SECRET", 1);
    assertThat(admin.mayDisableTotp()).isFalse();
    assertThatThrownBy(admin::disableTotp).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void otherRolesChooseTheSecondFactor() {
    User worker = user(Role.SOCIAL_WORKER);
    assertThat(worker.needsSecondFactor()).isFalse();
    worker.enableTotp("SECRET", 1);
    assertThat(worker.needsSecondFactor()).isTrue();
    worker.disableTotp();
    assertThat(worker.needsSecondFactor()).isFalse();
  }

  @Test
  void theAccountsActionsSayWhetherTheSecondFactorMayBeTurnedOnOrOff() {
    User admin = user(Role.ADMIN);
    assertThat(admin.actions()).containsExactly(User.Action.ENABLE_TOTP);
    admin.enableTotp("SECRET", 1);
    assertThat(admin.actions()).isEmpty();
    User worker = user(Role.SOCIAL_WORKER);
    worker.enableTotp("SECRET", 1);
    assertThat(worker.actions()).containsExactly(User.Action.DISABLE_TOTP);
  }

  @Test
  void credentialChangesAndDeactivationEndExistingSessions() {
    User user = user(Role.TECHNICIAN);
    int before = user.credentialsVersion();
    user.changePassword("new-hash");
    assertThat(user.credentialsVersion()).isEqualTo(before + 1);
    user.deactivate();
    assertThat(user.credentialsVersion()).isEqualTo(before + 2);
    assertThat(user.maySignIn()).isFalse();
  }

  @Test
  void aUserOfADeactivatedStructureCannotSignIn() {
    User user = user(Role.TECHNICIAN);
    ccas.deactivate();
    assertThat(user.maySignIn()).isFalse();
  }

  @Test
  void aSocialWorkerBelongsToAStructureThatRefersHouseholds() {
    Structure workshop =
        new Structure("Atelier de Bobigny", StructureKind.WORKSHOP, null, null, NOW);
    assertThatThrownBy(
            () -> new User("sarah", "Sarah", null, Role.SOCIAL_WORKER, workshop, "hash", NOW))
        .isInstanceOf(StructureDoesNotReferHouseholds.class);
    User technician = new User("tom", "Tom", null, Role.TECHNICIAN, workshop, "hash", NOW);
    assertThatThrownBy(() -> technician.describe("Tom", null, Role.SOCIAL_WORKER, workshop))
        .isInstanceOf(StructureDoesNotReferHouseholds.class);
    assertThat(technician.role()).isEqualTo(Role.TECHNICIAN);
    assertThat(user(Role.SOCIAL_WORKER).structure()).isSameAs(ccas);
  }

  @Test
  void aNewAccountIsActiveWithoutSecondFactorAndDescribedTidily() {
    User user =
        new User("sarah", "  Sarah Martin ", "  sarah@ccas.fr ", Role.SUPPORT, ccas, "h", NOW);

    assertThat(user.displayName()).isEqualTo("Sarah Martin");
    assertThat(user.email()).contains("sarah@ccas.fr");
    assertThat(user.passwordHash()).isEqualTo("h");
    assertThat(user.createdAt()).isEqualTo(NOW);
    assertThat(user.isActive()).isTrue();
    assertThat(user.isTotpEnabled()).isFalse();
    assertThat(user.totpSecret()).isEmpty();
    assertThat(user.totpLastStep()).isEqualTo(-1);
    assertThatThrownBy(() -> user.describe(" ", null, Role.SUPPORT, ccas))
        .isInstanceOf(IllegalArgumentException.class);
    user.describe("Sarah M.", " ", Role.SUPPORT, ccas);
    assertThat(user.email()).as("a blank e-mail is none").isEmpty();
  }

  @Test
  void everyChangeOfCredentialsIncrementsTheirVersionOnce() {
    User user = user(Role.SUPPORT);
    int before = user.credentialsVersion();

    user.enableTotp("SECRET", 100);
    assertThat(user.credentialsVersion()).isEqualTo(before + 1);
    assertThat(user.isTotpEnabled()).isTrue();
    assertThat(user.totpSecret()).contains("SECRET");
    assertThat(user.totpLastStep()).isEqualTo(100);

    user.disableTotp();
    assertThat(user.credentialsVersion()).isEqualTo(before + 2);
    assertThat(user.totpSecret()).isEmpty();
    assertThat(user.totpLastStep()).isEqualTo(-1);

    user.enableTotp("OTHER", 200);
    user.resetTotp();
    assertThat(user.credentialsVersion()).isEqualTo(before + 4);
    assertThat(user.isTotpEnabled()).isFalse();
    assertThat(user.totpSecret()).isEmpty();
    assertThat(user.totpLastStep()).isEqualTo(-1);
  }

  @Test
  void deactivationStopsSignInAndActivationRestoresIt() {
    User user = user(Role.SUPPORT);
    user.deactivate();
    assertThat(user.isActive()).isFalse();
    assertThat(user.maySignIn()).isFalse();
    user.activate();
    assertThat(user.isActive()).isTrue();
    assertThat(user.maySignIn()).isTrue();
  }

  @Test
  void twoAccountsAreTheSameWhenTheirUsernamesAre() {
    User marie = user(Role.SUPPORT);
    User sameName = new User("MARIE.DUPONT", "Autre", null, Role.SUPPORT, ccas, "x", NOW);
    User other = new User("paul", "Paul", null, Role.SUPPORT, ccas, "hash", NOW);

    assertThat(marie).isEqualTo(sameName).hasSameHashCodeAs(sameName).isNotEqualTo(other);
    assertThat(marie).isNotEqualTo("marie.dupont");
  }
}
