package fr.packnum.matching.control;

import fr.packnum.households.entity.PreferredDevice;
import fr.packnum.households.entity.RequiredFeature;
import fr.packnum.workshop.entity.DeviceType;
import fr.packnum.workshop.entity.KeyboardLayout;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The hard constraints of matching: the device type the household asked for, and one rule per
 * {@link RequiredFeature}, read on the specs the workshop recorded. An unrecorded spec never
 * satisfies a required feature: a household that needs a webcam must not find out at the hand-over
 * that nobody checked.
 */
public enum Requirement {
  /**
   * LAPTOP, TABLET: that type only. DESKTOP also accepts an ALL_IN_ONE: it is a desktop computer
   * with the screen built in, stays on a table on mains power, which is what a household asking for
   * a "fixe" expects. ANY accepts every computer a household can use on its own (laptop, desktop,
   * all-in-one, tablet), never a smartphone, a screen or a 4G box.
   */
  DEVICE_TYPE(null, "type d'appareil demandé", "device type asked for"),
  /** A webcam recorded as present. */
  WEBCAM(RequiredFeature.WEBCAM, "webcam", "webcam"),
  /**
   * A physical keyboard with a French or Belgian AZERTY layout. Tablets count as having none: their
   * covers with keyboards are not tracked as part of the device.
   */
  KEYBOARD(RequiredFeature.KEYBOARD, "clavier AZERTY", "AZERTY keyboard"),
  /** A recorded screen of 15 inches or more (a desktop's screen must be recorded too). */
  LARGE_SCREEN(
      RequiredFeature.LARGE_SCREEN, "écran de 15 pouces au moins", "screen of 15 inches or more"),
  /**
   * A battery at 80 % of its design capacity or more. Desktops and all-in-ones have no battery, so
   * they never satisfy this need (the household asked to work away from a socket).
   */
  LONG_BATTERY(RequiredFeature.LONG_BATTERY, "batterie à 80 % au moins", "battery at 80% or more"),
  /** A recorded weight of 1,600 g or less (what a pupil or a job seeker carries all day). */
  LIGHTWEIGHT(RequiredFeature.LIGHTWEIGHT, "poids de 1,6 kg au plus", "weight of 1.6 kg or less");

  public static final BigDecimal LARGE_SCREEN_INCHES = new BigDecimal("15");
  public static final int LONG_BATTERY_HEALTH = 80;
  public static final int LIGHTWEIGHT_GRAMS = 1_600;

  private static final Set<KeyboardLayout> AZERTY =
      EnumSet.of(KeyboardLayout.AZERTY_FR, KeyboardLayout.AZERTY_BE);
  private static final Set<DeviceType> WITH_BATTERY =
      EnumSet.of(DeviceType.LAPTOP, DeviceType.TABLET);

  private final RequiredFeature feature;
  private final String french;
  private final String english;

  Requirement(RequiredFeature feature, String french, String english) {
    this.feature = feature;
    this.french = french;
    this.english = english;
  }

  public static Requirement of(RequiredFeature feature) {
    for (Requirement r : values()) {
      if (r.feature == feature) {
        return r;
      }
    }
    throw new IllegalArgumentException("No rule for " + feature);
  }

  /** Whether the device type is one the household accepts. */
  public static boolean accepts(PreferredDevice wanted, DeviceType type) {
    return switch (wanted) {
      case LAPTOP -> type == DeviceType.LAPTOP;
      case DESKTOP -> type == DeviceType.DESKTOP || type == DeviceType.ALL_IN_ONE;
      case TABLET -> type == DeviceType.TABLET;
      case ANY ->
          type == DeviceType.LAPTOP
              || type == DeviceType.DESKTOP
              || type == DeviceType.ALL_IN_ONE
              || type == DeviceType.TABLET;
    };
  }

  /** Whether this constraint binds the request (the type always does). */
  public boolean appliesTo(QueuedRequest request) {
    return this == DEVICE_TYPE || request.requires(feature);
  }

  /** Whether the device meets this constraint for the request; true when it does not apply. */
  public boolean satisfiedBy(QueuedRequest request, ShelfDevice device) {
    if (!appliesTo(request)) {
      return true;
    }
    return this == DEVICE_TYPE ? accepts(request.wanted(), device.type()) : offeredBy(device);
  }

  /** Whether the device has this feature, whoever asks (not meaningful for DEVICE_TYPE). */
  public boolean offeredBy(ShelfDevice device) {
    return switch (this) {
      case DEVICE_TYPE -> true;
      case WEBCAM -> Boolean.TRUE.equals(device.webcam());
      case KEYBOARD ->
          device.type() != DeviceType.TABLET && AZERTY.contains(device.keyboardLayout());
      case LARGE_SCREEN ->
          device.screenInches() != null
              && device.screenInches().compareTo(LARGE_SCREEN_INCHES) >= 0;
      case LONG_BATTERY ->
          WITH_BATTERY.contains(device.type())
              && device.batteryHealth() != null
              && device.batteryHealth() >= LONG_BATTERY_HEALTH;
      case LIGHTWEIGHT -> device.weightGrams() != null && device.weightGrams() <= LIGHTWEIGHT_GRAMS;
    };
  }

  /** Whether the device meets every hard constraint of the request (READY stock aside). */
  public static boolean allSatisfied(QueuedRequest request, ShelfDevice device) {
    for (Requirement r : values()) {
      if (!r.satisfiedBy(request, device)) {
        return false;
      }
    }
    return true;
  }

  public RequiredFeature feature() {
    return feature;
  }

  String label(Locale locale) {
    return locale.getLanguage().equals("fr") ? french : english;
  }
}
