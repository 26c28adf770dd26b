package fr.packnum.matching.control;

import fr.packnum.households.entity.Connectivity;
import fr.packnum.households.entity.Need;
import fr.packnum.households.entity.PreferredDevice;
import fr.packnum.households.entity.RequiredFeature;
import fr.packnum.households.entity.Urgency;
import fr.packnum.workshop.entity.DeviceStatus;
import fr.packnum.workshop.entity.DeviceType;
import fr.packnum.workshop.entity.Grade;
import fr.packnum.workshop.entity.KeyboardLayout;
import java.math.BigDecimal;
import java.util.Set;

/** Hand-made devices and requests for the constructed cases; each test states what it changes. */
final class Make {

  private Make() {}

  /** A READY device of the type, grade B, every spec recorded but none that meets a feature. */
  static ShelfDevice device(long id, DeviceType type) {
    return new ShelfDevice(
        id,
        "PN-" + id,
        type,
        DeviceStatus.READY,
        false,
        Grade.B,
        null,
        new BigDecimal("13.3"),
        type == DeviceType.LAPTOP || type == DeviceType.TABLET ? 60 : null,
        false,
        KeyboardLayout.QWERTY_US,
        2_000);
  }

  static ShelfDevice with(ShelfDevice d, Grade grade) {
    return new ShelfDevice(
        d.deviceId(),
        d.assetTag(),
        d.type(),
        d.status(),
        d.partsDonor(),
        grade,
        d.ramGb(),
        d.screenInches(),
        d.batteryHealth(),
        d.webcam(),
        d.keyboardLayout(),
        d.weightGrams());
  }

  static ShelfDevice withWebcam(ShelfDevice d, Boolean webcam) {
    return new ShelfDevice(
        d.deviceId(),
        d.assetTag(),
        d.type(),
        d.status(),
        d.partsDonor(),
        d.grade(),
        d.ramGb(),
        d.screenInches(),
        d.batteryHealth(),
        webcam,
        d.keyboardLayout(),
        d.weightGrams());
  }

  static ShelfDevice withRam(ShelfDevice d, Integer ramGb) {
    return new ShelfDevice(
        d.deviceId(),
        d.assetTag(),
        d.type(),
        d.status(),
        d.partsDonor(),
        d.grade(),
        ramGb,
        d.screenInches(),
        d.batteryHealth(),
        d.webcam(),
        d.keyboardLayout(),
        d.weightGrams());
  }

  static ShelfDevice withStatus(ShelfDevice d, DeviceStatus status, boolean partsDonor) {
    return new ShelfDevice(
        d.deviceId(),
        d.assetTag(),
        d.type(),
        status,
        partsDonor,
        d.grade(),
        d.ramGb(),
        d.screenInches(),
        d.batteryHealth(),
        d.webcam(),
        d.keyboardLayout(),
        d.weightGrams());
  }

  static ShelfDevice withSpecs(
      ShelfDevice d, BigDecimal screen, Integer battery, KeyboardLayout layout, Integer grams) {
    return new ShelfDevice(
        d.deviceId(),
        d.assetTag(),
        d.type(),
        d.status(),
        d.partsDonor(),
        d.grade(),
        d.ramGb(),
        screen,
        battery,
        d.webcam(),
        layout,
        grams);
  }

  /** A single person with home internet, waiting since today, asking for nothing in particular. */
  static QueuedRequest request(long id, PreferredDevice wanted, RequiredFeature... features) {
    return new QueuedRequest(
        id,
        "R-" + id,
        wanted,
        Set.of(features),
        Set.of(Need.ADMINISTRATIVE),
        0,
        1,
        Urgency.NORMAL,
        false,
        0,
        Connectivity.HOME_INTERNET,
        false);
  }

  static QueuedRequest family(QueuedRequest r, int schoolChildren, Need... needs) {
    return new QueuedRequest(
        r.requestId(),
        r.reference(),
        r.wanted(),
        r.features(),
        Set.of(needs),
        schoolChildren,
        Math.max(r.householdSize(), schoolChildren + 1),
        r.urgency(),
        r.urgencyReasonGiven(),
        r.daysWaiting(),
        r.connectivity(),
        r.inQpv());
  }

  static QueuedRequest waiting(QueuedRequest r, long days) {
    return new QueuedRequest(
        r.requestId(),
        r.reference(),
        r.wanted(),
        r.features(),
        r.needs(),
        r.schoolChildren(),
        r.householdSize(),
        r.urgency(),
        r.urgencyReasonGiven(),
        days,
        r.connectivity(),
        r.inQpv());
  }
}
