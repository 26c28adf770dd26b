package fr.packnum.workshop.boundary;

import fr.packnum.accounts.boundary.AccountsSampleData;
import fr.packnum.accounts.entity.User;
import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.platform.control.SampleDataLoads;
import fr.packnum.platform.control.SampleDataRequested;
import fr.packnum.platform.entity.Actor;
import fr.packnum.workshop.control.Checklists;
import fr.packnum.workshop.control.DeviceStore;
import fr.packnum.workshop.control.DonorStore;
import fr.packnum.workshop.entity.Device;
import fr.packnum.workshop.entity.DeviceType;
import fr.packnum.workshop.entity.Donation;
import fr.packnum.workshop.entity.DonationMode;
import fr.packnum.workshop.entity.Donor;
import fr.packnum.workshop.entity.DonorKind;
import fr.packnum.workshop.entity.ErasureMethod;
import fr.packnum.workshop.entity.ErasureRecord;
import fr.packnum.workshop.entity.ErasureResult;
import fr.packnum.workshop.entity.ErasureStandard;
import fr.packnum.workshop.entity.Grade;
import fr.packnum.workshop.entity.KeyboardLayout;
import fr.packnum.workshop.entity.StorageKind;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * The workshop's demonstration data: one donation from a fictitious company, whose devices the
 * sample technician takes through every bench step to READY (erasure, functional test, system,
 * grade) with the same entity methods as the API, so that matching can be tried at first start.
 */
@ApplicationScoped
public class WorkshopSampleData {

  static final String COMPONENT = "workshop";

  /** One sample device: what it is, and the grade the bench gives it. */
  record Sample(
      String serial,
      DeviceType type,
      String brand,
      String model,
      int ramGb,
      String screenInches,
      Integer batteryHealth,
      boolean webcam,
      KeyboardLayout keyboard,
      int weightGrams,
      Grade grade) {}

  static final List<Sample> SAMPLES =
      List.of(
          new Sample(
              "DEMO-5CG7281A",
              DeviceType.LAPTOP,
              "Lenovo",
              "ThinkPad T480",
              8,
              "14",
              86,
              true,
              KeyboardLayout.AZERTY_FR,
              1_580,
              Grade.A),
          new Sample(
              "DEMO-5CG7281B",
              DeviceType.LAPTOP,
              "HP",
              "EliteBook 840 G5",
              8,
              "14",
              74,
              true,
              KeyboardLayout.AZERTY_FR,
              1_480,
              Grade.B),
          new Sample(
              "DEMO-5CG7281C",
              DeviceType.LAPTOP,
              "Dell",
              "Latitude 5590",
              8,
              "15.6",
              81,
              true,
              KeyboardLayout.AZERTY_FR,
              1_880,
              Grade.B),
          new Sample(
              "DEMO-5CG7281D",
              DeviceType.DESKTOP,
              "Dell",
              "OptiPlex 7060",
              8,
              null,
              null,
              false,
              KeyboardLayout.AZERTY_FR,
              5_200,
              Grade.A),
          new Sample(
              "DEMO-5CG7281E",
              DeviceType.TABLET,
              "Samsung",
              "Galaxy Tab A8",
              3,
              "10.5",
              90,
              true,
              null,
              510,
              Grade.B));

  @Inject AccountsSampleData accounts;
  @Inject DonorStore donors;
  @Inject DeviceStore devices;
  @Inject Config config;
  @Inject SampleDataLoads loads;
  @Inject Clock clock;
  @Inject Logger log;

  void seed(@Observes @Priority(SampleDataRequested.WORKSHOP) SampleDataRequested requested) {
    if (loads.loaded(COMPONENT)) {
      return;
    }
    User technician = accounts.sampleUser("technicien");
    Actor by = new Actor(technician.id(), technician.displayName());
    Instant now = clock.instant();
    LocalDate today = FrenchCalendar.today(clock);
    Donor donor =
        new Donor(
            new Donor.Details(
                "Entreprise Exemple SAS",
                DonorKind.COMPANY,
                null,
                null,
                null,
                today.minusMonths(2),
                "CONV-DEMO-1",
                null),
            now);
    donors.add(donor);
    Donation donation =
        new Donation(
            donor, today.minusDays(10), DonationMode.COLLECTION, SAMPLES.size(), null, now);
    donors.add(donation);
    Checklists checklists =
        new Checklists(key -> config.getOptionalValue(key, String.class).orElse(null));
    for (Sample sample : SAMPLES) {
      devices.add(ready(donation, sample, checklists, by, now, today));
    }
    devices.flush();
    loads.record(COMPONENT);
    log.log(Level.INFO, "Sample data loaded: {0} READY devices", SAMPLES.size());
  }

  private static Device ready(
      Donation donation,
      Sample sample,
      Checklists checklists,
      Actor by,
      Instant now,
      LocalDate today) {
    Device device =
        new Device(
            donation,
            sample.serial(),
            new Device.Specs(
                sample.type(),
                sample.brand(),
                sample.model(),
                null,
                sample.ramGb(),
                sample.screenInches() == null ? null : new BigDecimal(sample.screenInches()),
                sample.batteryHealth(),
                sample.webcam(),
                sample.keyboard(),
                sample.weightGrams(),
                null),
            by,
            now);
    String drive = sample.serial() + "-SSD";
    device.addDrive(drive, StorageKind.SSD, 256, by, now);
    device.startDiagnosis(by, now, null);
    device.startRefurbishment(by, now, null);
    device.recordErasure(
        drive,
        new ErasureRecord.Details(
            ErasureMethod.BLOCK_ERASE,
            ErasureStandard.NIST_800_88_PURGE,
            "nwipe 0.37",
            1,
            true,
            ErasureResult.SUCCESS,
            today),
        by,
        now);
    List<String> checklist = checklists.forDevice(sample.type(), sample.webcam());
    Map<String, Boolean> passed =
        checklist.stream().collect(Collectors.toMap(Function.identity(), item -> true));
    device.recordFunctionalTest(passed, null, by, now);
    device.installOperatingSystem("Linux Mint", "22", null, by, now);
    device.grade(sample.grade(), by, now);
    device.markReady(checklist, by, now, null);
    return device;
  }
}
