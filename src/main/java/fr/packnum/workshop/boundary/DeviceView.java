package fr.packnum.workshop.boundary;

import fr.packnum.platform.control.Problem;
import fr.packnum.workshop.entity.Device;
import fr.packnum.workshop.entity.DeviceStatus;
import fr.packnum.workshop.entity.DeviceType;
import fr.packnum.workshop.entity.ErasureRecord;
import fr.packnum.workshop.entity.FunctionalTest;
import fr.packnum.workshop.entity.Grade;
import fr.packnum.workshop.entity.KeyboardLayout;
import fr.packnum.workshop.entity.PartUsage;
import fr.packnum.workshop.entity.StorageDrive;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A device as the technician's page shows it: specs, drives and their erasures, the last test,
 * system and grade, what is still missing before READY and which statuses come next.
 */
public record DeviceView(
    long id,
    String assetTag,
    long donationId,
    String donationReference,
    String donorName,
    DeviceType type,
    String serial,
    String brand,
    String model,
    String cpu,
    Integer ramGb,
    BigDecimal screenInches,
    Integer batteryHealth,
    Boolean webcam,
    KeyboardLayout keyboardLayout,
    Integer weightGrams,
    String location,
    DeviceStatus status,
    Instant statusSince,
    long daysInStatus,
    /* "réservé pour le pack P-…": the reference only, never the household */
    String reservedFor,
    List<DeviceStatus> nextStatuses,
    List<Drive> drives,
    String noStorageReason,
    Test lastTest,
    List<String> checklist,
    String osName,
    String osVersion,
    String osLicence,
    Grade grade,
    Scrap scrap,
    boolean partsDonor,
    List<Part> parts,
    List<Problem.FieldError> readinessGaps,
    List<DeviceStatus> moves,
    Set<Device.Action> actions,
    long version) {

  public record Drive(
      String serial, String kind, Integer sizeGb, boolean erased, Erasure lastErasure) {}

  public record Erasure(
      String method,
      String standard,
      String tool,
      int passes,
      boolean verified,
      String result,
      LocalDate performedOn,
      String technician) {
    static Erasure of(ErasureRecord record) {
      ErasureRecord.Details d = record.details();
      return new Erasure(
          d.method().name(),
          d.standard().name(),
          d.tool(),
          d.passes(),
          d.verified(),
          d.result().name(),
          d.performedOn(),
          record.technician().name());
    }
  }

  public record Test(Instant testedAt, String technician, Map<String, Boolean> items) {
    static Test of(FunctionalTest test) {
      return new Test(test.testedAt(), test.technician().name(), test.items());
    }
  }

  public record Scrap(String channel, BigDecimal weightKg, String receipt) {}

  public record Part(
      String description, String source, String harvestedFrom, String technician, Instant usedAt) {
    static Part of(PartUsage usage) {
      return new Part(
          usage.description(),
          usage.source().name(),
          usage.harvestedFrom().map(d -> d.assetTag().value()).orElse(null),
          usage.technician().name(),
          usage.usedAt());
    }
  }

  static Drive drive(StorageDrive drive) {
    return new Drive(
        drive.serial(),
        drive.kind().name(),
        drive.sizeGb().orElse(null),
        drive.isErased(),
        drive.lastErasure().map(Erasure::of).orElse(null));
  }

  /** The short form, for lists and the board. */
  public record Summary(
      long id,
      String assetTag,
      DeviceType type,
      String brand,
      String model,
      String serial,
      DeviceStatus status,
      Instant statusSince,
      long daysInStatus,
      long donationId,
      String donationReference) {
    static Summary of(Device d, Instant now) {
      return new Summary(
          d.id(),
          d.assetTag().value(),
          d.type(),
          d.specs().brand(),
          d.specs().model(),
          d.serial(),
          d.status(),
          d.statusSince(),
          Duration.between(d.statusSince(), now).toDays(),
          d.donation().id(),
          d.donation().reference());
    }
  }

  static DeviceView of(Device d, Bench bench, Instant now) {
    Device.Specs specs = d.specs();
    List<String> checklist = bench.checklist(d);
    return new DeviceView(
        d.id(),
        d.assetTag().value(),
        d.donation().id(),
        d.donation().reference(),
        d.donation().donor().name(),
        d.type(),
        d.serial(),
        specs.brand(),
        specs.model(),
        specs.cpu(),
        specs.ramGb(),
        specs.screenInches(),
        specs.batteryHealth(),
        specs.webcam(),
        specs.keyboardLayout(),
        specs.weightGrams(),
        specs.location(),
        d.status(),
        d.statusSince(),
        Duration.between(d.statusSince(), now).toDays(),
        d.reservedFor().orElse(null),
        List.copyOf(d.status().next()),
        d.drives().stream().map(DeviceView::drive).toList(),
        d.noStorageReason().orElse(null),
        d.lastTest().map(Test::of).orElse(null),
        checklist,
        d.osName().orElse(null),
        d.osVersion().orElse(null),
        d.osLicence().orElse(null),
        d.grade().orElse(null),
        d.scrapChannel()
            .map(
                c ->
                    new Scrap(
                        c.name(), d.scrapWeightKg().orElse(null), d.scrapReceipt().orElse(null)))
            .orElse(null),
        d.isPartsDonor(),
        d.parts().stream().map(Part::of).toList(),
        d.status() == DeviceStatus.IN_REFURBISHMENT || d.status() == DeviceStatus.IN_DIAGNOSIS
            ? bench.translate(d.readinessGaps(checklist))
            : List.of(),
        d.moves(),
        d.actions(),
        d.version());
  }
}
