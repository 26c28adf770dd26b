package fr.packnum.workshop.entity;

import fr.packnum.platform.control.ProblemException.FieldKey;
import fr.packnum.platform.entity.Actor;
import fr.packnum.platform.entity.FlagConverter;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A donated device, from intake to READY or to recycling. Every step is a method that checks it is
 * allowed and leaves an immutable event; READY requires proof that the previous owner's data is
 * gone (every drive erased and verified, or no storage at all), every function tested, a system
 * installed where one is needed, and a grade.
 */
@Entity
@Table(name = "devices")
public class Device {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "device_ids")
  @SequenceGenerator(name = "device_ids", sequenceName = "device_ids", allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "donation_id", nullable = false, updatable = false)
  private Donation donation;

  @Enumerated(EnumType.STRING)
  @Column(name = "type", nullable = false, length = 20)
  private DeviceType type;

  @Column(name = "brand", length = 100)
  private String brand;

  @Column(name = "model", length = 200)
  private String model;

  @Column(name = "serial", nullable = false, updatable = false, unique = true, length = 100)
  private String serial;

  @Column(name = "cpu", length = 200)
  private String cpu;

  @Column(name = "ram_gb")
  private Integer ramGb;

  @Column(name = "screen_inches", precision = 4, scale = 1)
  private BigDecimal screenInches;

  @Column(name = "battery_health")
  private Integer batteryHealth;

  @Convert(converter = FlagConverter.class)
  @Column(name = "webcam")
  private Boolean webcam;

  @Enumerated(EnumType.STRING)
  @Column(name = "keyboard_layout", length = 20)
  private KeyboardLayout keyboardLayout;

  /** Weighed at the workshop: matching's "lightweight" need, and kilograms kept out of waste. */
  @Column(name = "weight_grams")
  private Integer weightGrams;

  @Column(name = "location", length = 80)
  private String location;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private DeviceStatus status;

  @Column(name = "status_since", nullable = false)
  private Instant statusSince;

  @Column(name = "no_storage_reason", length = 300)
  private String noStorageReason;

  @Column(name = "os_name", length = 80)
  private String osName;

  @Column(name = "os_version", length = 80)
  private String osVersion;

  @Column(name = "os_licence", length = 120)
  private String osLicence;

  @Enumerated(EnumType.STRING)
  @Column(name = "grade", length = 1)
  private Grade grade;

  @Enumerated(EnumType.STRING)
  @Column(name = "scrap_channel", length = 20)
  private ScrapChannel scrapChannel;

  @Column(name = "scrap_weight_kg", precision = 7, scale = 2)
  private BigDecimal scrapWeightKg;

  @Column(name = "scrap_receipt", length = 100)
  private String scrapReceipt;

  @Convert(converter = FlagConverter.class)
  @Column(name = "parts_donor", nullable = false)
  private boolean partsDonor;

  /**
   * The pack request's reference while the device is RESERVED for it: all the workshop is told of
   * the household it will go to.
   */
  @Column(name = "reserved_for", length = 12)
  private String reservedFor;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @OneToMany(mappedBy = "device", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<StorageDrive> drives = new ArrayList<>();

  @OneToMany(mappedBy = "device", cascade = CascadeType.PERSIST)
  @OrderBy("testedAt")
  private List<FunctionalTest> tests = new ArrayList<>();

  @OneToMany(mappedBy = "device", cascade = CascadeType.PERSIST)
  @OrderBy("usedAt")
  private List<PartUsage> parts = new ArrayList<>();

  @OneToMany(mappedBy = "device", cascade = CascadeType.PERSIST)
  @OrderBy("occurredAt, id")
  private List<DeviceEvent> events = new ArrayList<>();

  protected Device() {}

  /** What a technician records about the device itself; all optional but the type. */
  public record Specs(
      DeviceType type,
      String brand,
      String model,
      String cpu,
      Integer ramGb,
      BigDecimal screenInches,
      Integer batteryHealth,
      Boolean webcam,
      KeyboardLayout keyboardLayout,
      Integer weightGrams,
      String location) {

    /** From a tablet's 50 g stylus to a 50 kg all-in-one: anything outside is a typing error. */
    public static final int MIN_WEIGHT_GRAMS = 50;

    public static final int MAX_WEIGHT_GRAMS = 50_000;

    public Specs {
      Objects.requireNonNull(type, "type");
      if (ramGb != null && (ramGb < 0 || ramGb > 1024)) {
        throw new IllegalArgumentException("RAM out of range");
      }
      if (batteryHealth != null && (batteryHealth < 0 || batteryHealth > 100)) {
        throw new IllegalArgumentException("Battery health is a percentage");
      }
      if (weightGrams != null
          && (weightGrams < MIN_WEIGHT_GRAMS || weightGrams > MAX_WEIGHT_GRAMS)) {
        throw new IllegalArgumentException("Weight out of range");
      }
    }
  }

  /** Intake: the device arrives with a donation and is RECEIVED. */
  public Device(Donation donation, String serial, Specs specs, Actor receivedBy, Instant at) {
    if (serial == null || serial.isBlank()) {
      throw new IllegalArgumentException("A device needs its serial number");
    }
    this.donation = Objects.requireNonNull(donation);
    this.serial = serial.strip();
    apply(specs);
    this.status = DeviceStatus.RECEIVED;
    this.statusSince = at;
    this.createdAt = at;
    record(receivedBy, at, DeviceEventKind.RECEIVED, null, DeviceStatus.RECEIVED, null);
  }

  private void apply(Specs specs) {
    this.type = specs.type();
    this.brand = Donor.blankToNull(specs.brand());
    this.model = Donor.blankToNull(specs.model());
    this.cpu = Donor.blankToNull(specs.cpu());
    this.ramGb = specs.ramGb();
    this.screenInches = specs.screenInches();
    this.batteryHealth = specs.batteryHealth();
    this.webcam = specs.webcam();
    this.keyboardLayout = specs.keyboardLayout();
    this.weightGrams = specs.weightGrams();
    this.location = Donor.blankToNull(specs.location());
  }

  public void describe(Specs specs, Actor by, Instant at) {
    refuseWhenScrapped();
    apply(specs);
    record(by, at, DeviceEventKind.DETAILS_UPDATED, null, null, null);
  }

  // --- lifecycle -----------------------------------------------------------------------------

  public void startDiagnosis(Actor by, Instant at, String notes) {
    moveTo(DeviceStatus.IN_DIAGNOSIS, by, at, notes);
  }

  public void startRefurbishment(Actor by, Instant at, String notes) {
    moveTo(DeviceStatus.IN_REFURBISHMENT, by, at, notes);
  }

  /** READY, only when {@link #readinessGaps} is empty for this device's checklist. */
  public void markReady(Collection<String> checklist, Actor by, Instant at, String notes) {
    if (status == DeviceStatus.RESERVED) {
      // RESERVED → READY is matching's release, never a bench step that would drop a reservation
      throw new TransitionRefused(status, DeviceStatus.READY);
    }
    refuseTransitionTo(DeviceStatus.READY);
    List<FieldKey> gaps = readinessGaps(checklist);
    if (!gaps.isEmpty()) {
      throw new DeviceNotReady(gaps);
    }
    moveTo(DeviceStatus.READY, by, at, notes);
  }

  /** Out of the reuse stream: to a DEEE (WEEE) recycler, or kept to harvest parts. */
  public void scrap(
      ScrapChannel channel,
      BigDecimal weightKg,
      String receipt,
      Actor by,
      Instant at,
      String notes) {
    refuseTransitionTo(DeviceStatus.SCRAPPED);
    if (weightKg == null || weightKg.signum() <= 0) {
      throw new IllegalArgumentException("The weight in kg is required");
    }
    this.scrapChannel = Objects.requireNonNull(channel);
    this.scrapWeightKg = weightKg;
    this.scrapReceipt = Donor.blankToNull(receipt);
    moveTo(DeviceStatus.SCRAPPED, by, at, notes);
  }

  /**
   * Matching sets the READY device aside for the pack request {@code packReference}; the workshop
   * sees that reference and nothing of the household. A parts donor is never handed out.
   */
  public void reserveFor(String packReference, Actor by, Instant at) {
    reserveFor(packReference, null, by, at);
  }

  /**
   * The same, as the replacement of the device {@code replacingTag} that the household brought
   * back: the history names the device it replaces.
   */
  public void reserveFor(String packReference, String replacingTag, Actor by, Instant at) {
    if (packReference == null || packReference.isBlank()) {
      throw new IllegalArgumentException("A reservation names its pack request");
    }
    if (status != DeviceStatus.READY || partsDonor) {
      throw new DeviceNotAvailable(assetTag().value(), status);
    }
    this.reservedFor = packReference.strip();
    moveTo(
        DeviceStatus.RESERVED,
        by,
        at,
        replacingTag == null ? reservedFor : reservedFor + " · remplace " + replacingTag);
  }

  /** The reservation ended without a hand-over (expired, released): back on the READY shelf. */
  public void releaseReservation(Actor by, Instant at, String why) {
    if (status != DeviceStatus.RESERVED) {
      throw new TransitionRefused(status, DeviceStatus.READY);
    }
    this.reservedFor = null;
    moveTo(DeviceStatus.READY, by, at, why);
  }

  /**
   * The household received the device at its hand-over; the pack's reference stays on the device as
   * the workshop's only trace of where it went.
   */
  public void deliver(Actor by, Instant at) {
    if (status != DeviceStatus.RESERVED) {
      throw new TransitionRefused(status, DeviceStatus.DELIVERED);
    }
    moveTo(DeviceStatus.DELIVERED, by, at, reservedFor);
  }

  /**
   * The household brought the device back: it goes to the workshop's diagnosis, and whatever it
   * held before counts for nothing until the bench proves it again — a new erasure of every drive
   * and a new functional test ({@link #readinessGaps}), then a new erasure certificate. The pack's
   * reference leaves the device; {@code notes} (the reason, the replacement) stay in its history.
   */
  public void returnFromHousehold(Actor by, Instant at, String notes) {
    if (status != DeviceStatus.DELIVERED) {
      throw new TransitionRefused(status, DeviceStatus.RETURNED);
    }
    String pack = reservedFor;
    this.reservedFor = null;
    moveTo(
        DeviceStatus.RETURNED,
        by,
        at,
        notes == null || notes.isBlank() ? pack : pack + " · " + notes.strip());
  }

  /** When the device last came back from a household, if it ever did. */
  public Optional<Instant> lastReturnedAt() {
    for (int i = events.size() - 1; i >= 0; i--) {
      DeviceEvent event = events.get(i);
      if (event.toStatus().orElse(null) == DeviceStatus.RETURNED) {
        return Optional.of(event.occurredAt());
      }
    }
    return Optional.empty();
  }

  /**
   * What is still missing before READY, each as a field (erasure, functionalTest, operatingSystem,
   * grade) and a message key: the device page lists these as the next steps.
   */
  public List<FieldKey> readinessGaps(Collection<String> checklist) {
    List<FieldKey> gaps = new ArrayList<>();
    if (drives.isEmpty()) {
      if (noStorageReason == null) {
        gaps.add(new FieldKey("erasure", "ready.erasure.none"));
      }
    } else {
      drives.stream()
          .filter(drive -> !drive.isErased())
          .forEach(
              drive -> gaps.add(new FieldKey("erasure", "ready.erasure.drive", drive.serial())));
    }
    Instant returned = lastReturnedAt().orElse(Instant.MIN);
    Optional<FunctionalTest> test = lastTest().filter(last -> !last.testedAt().isBefore(returned));
    if (test.isEmpty()) {
      gaps.add(new FieldKey("functionalTest", "ready.test.none"));
    } else {
      List<String> failed = test.get().notPassed(checklist);
      if (!failed.isEmpty()) {
        gaps.add(new FieldKey("functionalTest", "ready.test.failed", String.join(", ", failed)));
      }
    }
    if (type.runsOperatingSystem() && osName == null) {
      gaps.add(new FieldKey("operatingSystem", "ready.os.none"));
    }
    if (grade == null) {
      gaps.add(new FieldKey("grade", "ready.grade.none"));
    }
    return gaps;
  }

  private void refuseTransitionTo(DeviceStatus to) {
    if (!status.next().contains(to)) {
      throw new TransitionRefused(status, to);
    }
  }

  private void moveTo(DeviceStatus to, Actor by, Instant at, String notes) {
    refuseTransitionTo(to);
    DeviceStatus from = status;
    status = to;
    statusSince = at;
    record(by, at, DeviceEventKind.STATUS_CHANGED, from, to, notes);
  }

  /** What can be done with a device next; the page shows what the device's status allows. */
  public enum Action {
    /** Correct the specs (brand, model, memory…). */
    DESCRIBE,
    /** Record a storage drive: at intake, or on the bench. */
    ADD_DRIVE,
    /** Record a drive's erasure run. */
    RECORD_ERASURE,
    /** Record that there is no storage at all. */
    RECORD_NO_STORAGE,
    /** The bench's steps: functional test, operating system, grade, parts, readiness gaps. */
    BENCH_WORK,
    /** Move on to one of {@link DeviceStatus#next()} by the workshop (not to scrap). */
    MOVE,
    /** Scrap the device (its channel, weight, receipt). */
    SCRAP,
    /** Print its label. */
    LABEL,
    /** Issue the erasure certificate of its drives. */
    CERTIFICATE
  }

  /** The statuses the workshop itself moves devices to; the others come with matching. */
  private static final Set<DeviceStatus> BENCH_MOVES =
      EnumSet.of(DeviceStatus.IN_DIAGNOSIS, DeviceStatus.IN_REFURBISHMENT, DeviceStatus.READY);

  /** The statuses the workshop may move the device to now (scrapping aside), in lifecycle order. */
  public List<DeviceStatus> moves() {
    if (status == DeviceStatus.RESERVED) {
      return List.of();
    }
    return status.next().stream().filter(BENCH_MOVES::contains).sorted().toList();
  }

  /** What the device's status (and its drives) allow next, the same rules the steps enforce. */
  public Set<Action> actions() {
    Set<Action> actions = EnumSet.of(Action.LABEL);
    boolean bench = status.onTheBench();
    if (status != DeviceStatus.SCRAPPED) {
      actions.add(Action.DESCRIBE);
    }
    if (bench || status == DeviceStatus.RECEIVED) {
      actions.add(Action.ADD_DRIVE);
    }
    if (bench) {
      actions.add(Action.BENCH_WORK);
      if (drives.isEmpty()) {
        if (noStorageReason == null) {
          actions.add(Action.RECORD_NO_STORAGE);
        }
      } else {
        actions.add(Action.RECORD_ERASURE);
      }
    }
    if (!moves().isEmpty()) {
      actions.add(Action.MOVE);
    }
    if (status.next().contains(DeviceStatus.SCRAPPED)) {
      actions.add(Action.SCRAP);
    }
    if (certifiable()) {
      actions.add(Action.CERTIFICATE);
    }
    return actions;
  }

  /** An erasure certificate can cover the device: a drive's erasure proven, or no storage. */
  public boolean certifiable() {
    return drives.stream().anyMatch(StorageDrive::isErased) || noStorageReason != null;
  }

  // --- steps on the bench ----------------------------------------------------------------------

  public StorageDrive addDrive(
      String driveSerial, StorageKind kind, Integer sizeGb, Actor by, Instant at) {
    if (status != DeviceStatus.RECEIVED) {
      refuseUnlessOnTheBench();
    }
    if (driveSerial != null && drive(driveSerial).isPresent()) {
      throw new DriveAlreadyRecorded();
    }
    StorageDrive drive = new StorageDrive(this, driveSerial, kind, sizeGb);
    drives.add(drive);
    noStorageReason = null;
    record(by, at, DeviceEventKind.DRIVE_ADDED, null, null, kind + " " + drive.serial());
    return drive;
  }

  /** Records an erasure run on the drive with serial {@code driveSerial}. */
  public ErasureRecord recordErasure(
      String driveSerial, ErasureRecord.Details details, Actor by, Instant at) {
    refuseUnlessOnTheBench();
    StorageDrive drive = drive(driveSerial).orElseThrow(() -> new DriveNotFound(driveSerial));
    ErasureRecord record = drive.recordErasure(details, by, at);
    record(
        by,
        at,
        DeviceEventKind.ERASURE_RECORDED,
        null,
        null,
        drive.serial()
            + ": "
            + details.method()
            + ", "
            + details.standard().label()
            + ", "
            + details.result()
            + (details.verified() ? ", vérifié" : ", non vérifié"));
    return record;
  }

  /** Records that the device has no storage at all (a screen, a box): nothing to erase. */
  public void recordNoStorage(String reason, Actor by, Instant at) {
    refuseUnlessOnTheBench();
    if (!drives.isEmpty()) {
      throw new DeviceHasDrives();
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Say why there is no storage");
    }
    noStorageReason = reason.strip();
    record(by, at, DeviceEventKind.NO_STORAGE_RECORDED, null, null, noStorageReason);
  }

  public void recordFunctionalTest(Map<String, Boolean> items, String notes, Actor by, Instant at) {
    refuseUnlessOnTheBench();
    tests.add(new FunctionalTest(this, items, notes, by, at));
    long failed = items.values().stream().filter(passed -> !passed).count();
    record(
        by,
        at,
        DeviceEventKind.TEST_RECORDED,
        null,
        null,
        (items.size() - failed)
            + "/"
            + items.size()
            + (notes == null || notes.isBlank() ? "" : " — " + notes));
  }

  public void installOperatingSystem(
      String name, String osVersionLabel, String licence, Actor by, Instant at) {
    refuseUnlessOnTheBench();
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("The system's name is required");
    }
    this.osName = name.strip();
    this.osVersion = Donor.blankToNull(osVersionLabel);
    this.osLicence = Donor.blankToNull(licence);
    record(
        by,
        at,
        DeviceEventKind.OS_INSTALLED,
        null,
        null,
        osName + (osVersion == null ? "" : " " + osVersion));
  }

  public void grade(Grade newGrade, Actor by, Instant at) {
    refuseUnlessOnTheBench();
    this.grade = Objects.requireNonNull(newGrade);
    record(by, at, DeviceEventKind.GRADED, null, null, newGrade.name());
  }

  /**
   * Fits a part, new or harvested from {@code donor} (which is then marked as a donor of parts).
   */
  public PartUsage usePart(String description, Device donor, Actor by, Instant at) {
    refuseUnlessOnTheBench();
    if (donor != null) {
      if (donor.equals(this)) {
        throw new PartFromSameDevice();
      }
      donor.giveParts(description, this, by, at);
    }
    PartUsage usage = new PartUsage(this, description, donor, by, at);
    parts.add(usage);
    record(
        by,
        at,
        DeviceEventKind.PART_USED,
        null,
        null,
        description.strip() + (donor == null ? "" : " ← " + donor.assetTag().value()));
    return usage;
  }

  private void giveParts(String description, Device receiver, Actor by, Instant at) {
    if (!status.onTheBench()
        && status != DeviceStatus.SCRAPPED
        && status != DeviceStatus.RECEIVED) {
      throw new NotOnTheBench(status);
    }
    partsDonor = true;
    record(
        by,
        at,
        DeviceEventKind.PARTS_HARVESTED,
        null,
        null,
        description.strip() + " → " + receiver.assetTag().value());
  }

  /** Notes in the history that an erasure certificate covering this device was issued. */
  public void certificateIssued(String code, Actor by, Instant at) {
    record(by, at, DeviceEventKind.CERTIFICATE_ISSUED, null, null, code);
  }

  /** The verification code of the last erasure certificate that covered the device, if any. */
  public Optional<String> lastCertificateCode() {
    for (int i = events.size() - 1; i >= 0; i--) {
      DeviceEvent event = events.get(i);
      if (event.kind() == DeviceEventKind.CERTIFICATE_ISSUED) {
        return event.notes();
      }
      if (event.toStatus().orElse(null) == DeviceStatus.RETURNED) {
        return Optional.empty(); // a certificate from before a household used it proves nothing
      }
    }
    return Optional.empty();
  }

  private void refuseUnlessOnTheBench() {
    if (!status.onTheBench()) {
      throw new NotOnTheBench(status);
    }
  }

  private void refuseWhenScrapped() {
    if (status == DeviceStatus.SCRAPPED) {
      throw new NotOnTheBench(status);
    }
  }

  private void record(
      Actor by,
      Instant at,
      DeviceEventKind kind,
      DeviceStatus from,
      DeviceStatus to,
      String notes) {
    events.add(new DeviceEvent(this, at, by, kind, from, to, notes));
  }

  // --- reading ---------------------------------------------------------------------------------

  public AssetTag assetTag() {
    return new AssetTag(id);
  }

  public Optional<StorageDrive> drive(String driveSerial) {
    return drives.stream()
        .filter(d -> d.serial().equalsIgnoreCase(driveSerial.strip()))
        .findFirst();
  }

  public Optional<FunctionalTest> lastTest() {
    return tests.isEmpty() ? Optional.empty() : Optional.of(tests.get(tests.size() - 1));
  }

  public Long id() {
    return id;
  }

  public Donation donation() {
    return donation;
  }

  public String serial() {
    return serial;
  }

  public Specs specs() {
    return new Specs(
        type,
        brand,
        model,
        cpu,
        ramGb,
        screenInches,
        batteryHealth,
        webcam,
        keyboardLayout,
        weightGrams,
        location);
  }

  public DeviceType type() {
    return type;
  }

  public DeviceStatus status() {
    return status;
  }

  public Instant statusSince() {
    return statusSince;
  }

  /** The pack request's reference while RESERVED. */
  public Optional<String> reservedFor() {
    return Optional.ofNullable(reservedFor);
  }

  public Optional<String> noStorageReason() {
    return Optional.ofNullable(noStorageReason);
  }

  public Optional<String> osName() {
    return Optional.ofNullable(osName);
  }

  public Optional<String> osVersion() {
    return Optional.ofNullable(osVersion);
  }

  public Optional<String> osLicence() {
    return Optional.ofNullable(osLicence);
  }

  public Optional<Grade> grade() {
    return Optional.ofNullable(grade);
  }

  public Optional<ScrapChannel> scrapChannel() {
    return Optional.ofNullable(scrapChannel);
  }

  public Optional<BigDecimal> scrapWeightKg() {
    return Optional.ofNullable(scrapWeightKg);
  }

  public Optional<String> scrapReceipt() {
    return Optional.ofNullable(scrapReceipt);
  }

  public boolean isPartsDonor() {
    return partsDonor;
  }

  public List<StorageDrive> drives() {
    return Collections.unmodifiableList(drives);
  }

  public List<PartUsage> parts() {
    return Collections.unmodifiableList(parts);
  }

  public List<DeviceEvent> events() {
    return Collections.unmodifiableList(events);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Device d && serial != null && serial.equals(d.serial);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(serial);
  }
}
