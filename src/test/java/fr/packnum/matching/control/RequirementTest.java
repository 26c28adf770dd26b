package fr.packnum.matching.control;

import static fr.packnum.matching.control.Make.device;
import static fr.packnum.matching.control.Make.request;
import static fr.packnum.matching.control.Make.withSpecs;
import static fr.packnum.matching.control.Make.withWebcam;
import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.households.entity.PreferredDevice;
import fr.packnum.households.entity.RequiredFeature;
import fr.packnum.workshop.entity.DeviceStatus;
import fr.packnum.workshop.entity.DeviceType;
import fr.packnum.workshop.entity.KeyboardLayout;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RequirementTest {

  private final ShelfDevice laptop = device(1, DeviceType.LAPTOP);

  @Test
  void anyAcceptsEveryComputerAHouseholdUsesAloneButNoPhoneScreenOrBox() {
    assertThat(DeviceType.values())
        .filteredOn(t -> Requirement.accepts(PreferredDevice.ANY, t))
        .containsExactly(
            DeviceType.LAPTOP, DeviceType.DESKTOP, DeviceType.ALL_IN_ONE, DeviceType.TABLET);
  }

  @Test
  void desktopAcceptsAnAllInOneAndLaptopOrTabletOnlyThemselves() {
    assertThat(DeviceType.values())
        .filteredOn(t -> Requirement.accepts(PreferredDevice.DESKTOP, t))
        .containsExactly(DeviceType.DESKTOP, DeviceType.ALL_IN_ONE);
    assertThat(DeviceType.values())
        .filteredOn(t -> Requirement.accepts(PreferredDevice.LAPTOP, t))
        .containsExactly(DeviceType.LAPTOP);
    assertThat(DeviceType.values())
        .filteredOn(t -> Requirement.accepts(PreferredDevice.TABLET, t))
        .containsExactly(DeviceType.TABLET);
  }

  @Test
  void webcamNeedsAWebcamRecordedAsPresent() {
    assertThat(Requirement.WEBCAM.offeredBy(withWebcam(laptop, true))).isTrue();
    assertThat(Requirement.WEBCAM.offeredBy(withWebcam(laptop, false))).isFalse();
    assertThat(Requirement.WEBCAM.offeredBy(withWebcam(laptop, null))).isFalse();
  }

  @Test
  void keyboardNeedsAFrenchOrBelgianAzertyLayoutAndNeverATablet() {
    assertThat(Requirement.KEYBOARD.offeredBy(keyboard(laptop, KeyboardLayout.AZERTY_FR))).isTrue();
    assertThat(Requirement.KEYBOARD.offeredBy(keyboard(laptop, KeyboardLayout.AZERTY_BE))).isTrue();
    assertThat(Requirement.KEYBOARD.offeredBy(keyboard(laptop, KeyboardLayout.QWERTY_US)))
        .isFalse();
    assertThat(Requirement.KEYBOARD.offeredBy(keyboard(laptop, KeyboardLayout.BEPO))).isFalse();
    assertThat(Requirement.KEYBOARD.offeredBy(keyboard(laptop, null))).isFalse();
    ShelfDevice desktop = device(2, DeviceType.DESKTOP);
    assertThat(Requirement.KEYBOARD.offeredBy(keyboard(desktop, KeyboardLayout.AZERTY_FR)))
        .isTrue();
    ShelfDevice tablet = device(3, DeviceType.TABLET);
    assertThat(Requirement.KEYBOARD.offeredBy(keyboard(tablet, KeyboardLayout.AZERTY_FR)))
        .isFalse();
  }

  @Test
  void largeScreenNeedsFifteenInchesRecorded() {
    assertThat(Requirement.LARGE_SCREEN.offeredBy(screen(laptop, "15"))).isTrue();
    assertThat(Requirement.LARGE_SCREEN.offeredBy(screen(laptop, "15.6"))).isTrue();
    assertThat(Requirement.LARGE_SCREEN.offeredBy(screen(laptop, "14.9"))).isFalse();
    assertThat(Requirement.LARGE_SCREEN.offeredBy(screen(laptop, null))).isFalse();
  }

  @Test
  void longBatteryNeedsEightyPercentOnADeviceThatHasABattery() {
    assertThat(Requirement.LONG_BATTERY.offeredBy(battery(laptop, 80))).isTrue();
    assertThat(Requirement.LONG_BATTERY.offeredBy(battery(laptop, 79))).isFalse();
    assertThat(Requirement.LONG_BATTERY.offeredBy(battery(laptop, null))).isFalse();
    assertThat(Requirement.LONG_BATTERY.offeredBy(battery(device(4, DeviceType.TABLET), 95)))
        .isTrue();
    // A desktop or an all-in-one has no battery, whatever was typed in.
    assertThat(Requirement.LONG_BATTERY.offeredBy(battery(device(5, DeviceType.DESKTOP), 100)))
        .isFalse();
    assertThat(Requirement.LONG_BATTERY.offeredBy(battery(device(6, DeviceType.ALL_IN_ONE), 100)))
        .isFalse();
  }

  @Test
  void lightweightNeedsAWeightRecordedAtSixteenHundredGramsOrLess() {
    assertThat(Requirement.LIGHTWEIGHT.offeredBy(weight(laptop, 1_600))).isTrue();
    assertThat(Requirement.LIGHTWEIGHT.offeredBy(weight(laptop, 1_601))).isFalse();
    assertThat(Requirement.LIGHTWEIGHT.offeredBy(weight(laptop, null))).isFalse();
  }

  @Test
  void everyRequiredFeatureHasItsRule() {
    for (RequiredFeature feature : RequiredFeature.values()) {
      assertThat(Requirement.of(feature).feature()).isEqualTo(feature);
    }
  }

  @Test
  void aFeatureBindsOnlyTheRequestsThatRequireIt() {
    QueuedRequest plain = request(1, PreferredDevice.LAPTOP);
    QueuedRequest withWebcam = request(2, PreferredDevice.LAPTOP, RequiredFeature.WEBCAM);
    ShelfDevice noWebcam = withWebcam(laptop, false);
    assertThat(Requirement.allSatisfied(plain, noWebcam)).isTrue();
    assertThat(Requirement.allSatisfied(withWebcam, noWebcam)).isFalse();
    assertThat(Requirement.allSatisfied(withWebcam, withWebcam(laptop, true))).isTrue();
  }

  @Test
  void onlyReadyDevicesThatAreNotPartsDonorsAreAvailable() {
    for (DeviceStatus status : DeviceStatus.values()) {
      assertThat(Make.withStatus(laptop, status, false).available())
          .isEqualTo(status == DeviceStatus.READY);
      assertThat(Make.withStatus(laptop, status, true).available()).isFalse();
    }
  }

  @Test
  void profilesAnswerExactlyAsTheRulesOnTheRecords() {
    Random random = new Random(7);
    List<ShelfDevice> shelf = Instances.shelf(random, 300);
    List<QueuedRequest> queue = Instances.queue(random, 300);
    for (QueuedRequest r : queue) {
      for (ShelfDevice d : shelf) {
        assertThat(RequestProfile.of(r).accepts(DeviceProfile.of(d)))
            .as("request %d, device %d", r.requestId(), d.deviceId())
            .isEqualTo(Requirement.allSatisfied(r, d));
      }
    }
  }

  private static ShelfDevice keyboard(ShelfDevice d, KeyboardLayout layout) {
    return withSpecs(d, d.screenInches(), d.batteryHealth(), layout, d.weightGrams());
  }

  private static ShelfDevice screen(ShelfDevice d, String inches) {
    return withSpecs(
        d,
        inches == null ? null : new BigDecimal(inches),
        d.batteryHealth(),
        d.keyboardLayout(),
        d.weightGrams());
  }

  private static ShelfDevice battery(ShelfDevice d, Integer health) {
    return withSpecs(d, d.screenInches(), health, d.keyboardLayout(), d.weightGrams());
  }

  private static ShelfDevice weight(ShelfDevice d, Integer grams) {
    return withSpecs(d, d.screenInches(), d.batteryHealth(), d.keyboardLayout(), grams);
  }
}
