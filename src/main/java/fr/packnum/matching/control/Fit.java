package fr.packnum.matching.control;

import fr.packnum.households.entity.RequiredFeature;
import fr.packnum.workshop.entity.DeviceType;
import java.util.ArrayList;
import java.util.List;

/**
 * How well a compatible device suits a request, in integer points; it only decides between
 * assignments of equal total priority.
 *
 * <p>1 point for any pair (so that serving a request always beats leaving it out), plus the grade
 * (A 3, B 2, C 1), plus what the request will use beyond its hard constraints: RAM for school or
 * job search (1 point from 4 GB, 2 from 8 GB), a webcam for video calls (school, job search,
 * teleconsultation, family), a battery at 90 % or more when a long battery is required, a screen of
 * 17 inches or more when a large screen is required. Specs a request does not use earn nothing, so
 * the optimum keeps a 16 GB laptop for a pupil rather than spend it on a household that would be as
 * well served by a 4 GB one. At most {@link #MAX} points.
 */
public final class Fit {

  public static final int MAX = 9;

  private Fit() {}

  /** The fit of a device to a request; meaningful when the device meets every hard constraint. */
  public static int of(QueuedRequest request, ShelfDevice device) {
    return of(RequestProfile.of(request), DeviceProfile.of(device));
  }

  static int of(RequestProfile request, DeviceProfile device) {
    int points = 1;
    if (device.grade() != null) {
      points +=
          switch (device.grade()) {
            case A -> 3;
            case B -> 2;
            case C -> 1;
          };
    }
    if (request.demanding()) {
      points += device.ramTier();
    }
    if (request.videoCalls() && device.webcam()) {
      points += 1;
    }
    if (request.features().contains(RequiredFeature.LONG_BATTERY) && device.strongBattery()) {
      points += 1;
    }
    if (request.features().contains(RequiredFeature.LARGE_SCREEN) && device.extraLargeScreen()) {
      points += 1;
    }
    return points;
  }

  /** The device part of a pair's explanation: its type, then what the request required of it. */
  static List<Reason> deviceReasons(QueuedRequest request, ShelfDevice device) {
    List<Reason> reasons = new ArrayList<>();
    reasons.add(Reason.of(typeWording(device.type())));
    for (RequiredFeature feature : request.features()) {
      reasons.add(
          switch (feature) {
            case WEBCAM -> Reason.of(Wording.WITH_WEBCAM);
            case KEYBOARD -> Reason.of(Wording.WITH_AZERTY_KEYBOARD);
            case LARGE_SCREEN -> Reason.of(Wording.WITH_SCREEN, device.screenInches());
            case LONG_BATTERY -> Reason.of(Wording.WITH_BATTERY, device.batteryHealth());
            case LIGHTWEIGHT -> Reason.of(Wording.WITH_WEIGHT, device.weightGrams());
          });
    }
    return reasons;
  }

  /** The fit part: the grade, then the extras the request will use. */
  static List<Reason> fitReasons(QueuedRequest request, ShelfDevice device) {
    RequestProfile asked = RequestProfile.of(request);
    DeviceProfile offered = DeviceProfile.of(device);
    List<Reason> reasons = new ArrayList<>();
    if (device.grade() != null) {
      reasons.add(Reason.of(Wording.GRADE, device.grade().name()));
    }
    if (asked.demanding() && offered.ramTier() > 0) {
      reasons.add(Reason.of(Wording.RAM, device.ramGb()));
    }
    if (asked.videoCalls() && offered.webcam() && !request.requires(RequiredFeature.WEBCAM)) {
      reasons.add(Reason.of(Wording.WEBCAM_FOR_CALLS));
    }
    return reasons;
  }

  private static Wording typeWording(DeviceType type) {
    return switch (type) {
      case LAPTOP -> Wording.LAPTOP;
      case DESKTOP -> Wording.DESKTOP;
      case ALL_IN_ONE -> Wording.ALL_IN_ONE;
      case TABLET -> Wording.TABLET;
      default -> throw new IllegalArgumentException("Never proposed: " + type);
    };
  }
}
