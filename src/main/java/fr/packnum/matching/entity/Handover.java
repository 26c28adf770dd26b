package fr.packnum.matching.entity;

import fr.packnum.accounts.entity.Structure;
import fr.packnum.accounts.entity.User;
import fr.packnum.platform.entity.Actor;
import fr.packnum.platform.entity.Notes;
import fr.packnum.workshop.entity.AssetTag;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The appointment at which a reserved device reaches its household, and what happened there. The
 * support person checks the device by scanning its tag, the recipient signs on the screen (or on
 * paper, whose reference is kept), and the device and the request become DELIVERED. A household
 * that does not come is recorded; after the configured number of missed appointments the
 * reservation is released.
 *
 * <p>The recipient's name and signature are personal data: they are read by the people who hand
 * over and the coordination only, and each read is audited like a household's file.
 */
@Entity
@Table(name = "handovers")
public class Handover {

  /** The widest signature image kept (a PNG drawn on a phone or tablet screen). */
  public static final int MAX_SIGNATURE_BYTES = 200_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "reservation_id", nullable = false, updatable = false)
  private Reservation reservation;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private HandoverStatus status;

  /** The reservation's id while BOOKED, under a unique constraint: one open hand-over each. */
  @Column(name = "open_reservation_id")
  private Long openReservationId;

  @Column(name = "appointment_at", nullable = false)
  private Instant appointmentAt;

  /** The place: a structure (the CCAS, the EPN…) or an address typed in. */
  @ManyToOne
  @JoinColumn(name = "place_structure_id")
  private Structure placeStructure;

  @Column(name = "place_address", length = 300)
  private String placeAddress;

  /** The support person (conseiller numérique, médiateur) who hands over. */
  @ManyToOne(optional = false)
  @JoinColumn(name = "support_user_id", nullable = false)
  private User supportPerson;

  @Column(name = "no_shows", nullable = false)
  private int noShows;

  @Embedded private Actor bookedBy;

  @Column(name = "booked_at", nullable = false, updatable = false)
  private Instant bookedAt;

  @Column(name = "done_at")
  private Instant doneAt;

  @Column(name = "recipient_name", length = 100)
  private String recipientName;

  // Eager on purpose: with EclipseLink, a lazy basic attribute is a fetch group, and reading it
  // later refreshes the whole entity from the database, dropping the changes not yet flushed.
  @Column(name = "signature_png")
  private byte[] signaturePng;

  @Column(name = "paper_reference", length = 50)
  private String paperReference;

  @Column(name = "outcome_notes", length = Notes.MAX_LENGTH)
  private String outcomeNotes;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Handover() {}

  /** Where the hand-over happens: a structure, or an address. */
  public record Place(Structure structure, String address) {
    public Place {
      address = address == null || address.isBlank() ? null : address.strip();
      if ((structure == null) == (address == null)) {
        throw new PlaceRequired();
      }
    }
  }

  /** How the recipient signed: a PNG drawn on the screen, or a paper form's reference. */
  public record Signature(String recipientName, byte[] png, String paperReference) {
    public Signature {
      recipientName = recipientName == null ? null : recipientName.strip();
      paperReference =
          paperReference == null || paperReference.isBlank() ? null : paperReference.strip();
      if (recipientName == null || recipientName.isEmpty()) {
        throw new SignatureMissing();
      }
      boolean drawn = png != null && png.length > 0;
      if (drawn == (paperReference != null)) {
        throw new SignatureMissing();
      }
      if (drawn && (png.length > MAX_SIGNATURE_BYTES || !isPng(png))) {
        throw new SignatureMissing();
      }
    }

    private static boolean isPng(byte[] bytes) {
      byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
      if (bytes.length < magic.length) {
        return false;
      }
      for (int i = 0; i < magic.length; i++) {
        if (bytes[i] != magic[i]) {
          return false;
        }
      }
      return true;
    }
  }

  public Handover(
      Reservation reservation,
      Instant appointmentAt,
      Place place,
      User supportPerson,
      Actor bookedBy,
      Instant now) {
    if (!reservation.status().holds()) {
      throw new ReservationEnded(reservation.status());
    }
    this.reservation = reservation;
    this.status = HandoverStatus.BOOKED;
    this.openReservationId = reservation.id();
    this.bookedBy = Objects.requireNonNull(bookedBy);
    this.bookedAt = Objects.requireNonNull(now);
    schedule(appointmentAt, place, supportPerson);
  }

  /** A new date, place or support person for a booked hand-over. */
  public void reschedule(Instant appointmentAt, Place place, User supportPerson) {
    requireBooked();
    schedule(appointmentAt, place, supportPerson);
  }

  private void schedule(Instant appointmentAt, Place place, User supportPerson) {
    this.appointmentAt = Objects.requireNonNull(appointmentAt);
    this.placeStructure = place.structure();
    this.placeAddress = place.address();
    this.supportPerson = Objects.requireNonNull(supportPerson);
  }

  /**
   * The device is handed over: the scanned tag must be the reserved device's, and the recipient
   * signed for it.
   */
  public void complete(String scannedTag, Signature signature, Instant now) {
    requireBooked();
    requireScanned(scannedTag);
    close(HandoverStatus.DONE, now);
    this.recipientName = Notes.normalise(signature.recipientName());
    this.signaturePng = signature.png() == null ? null : signature.png().clone();
    this.paperReference = signature.paperReference();
  }

  /** The tag scanned at the counter is this hand-over's device's, or the device is refused. */
  void requireScanned(String scannedTag) {
    AssetTag expected = reservation.device().assetTag();
    // read like the scan box reads a tag: dashes optional, O for 0 and I or L for 1 forgiven
    if (!AssetTag.parse(scannedTag).map(expected::equals).orElse(false)) {
      String scanned = scannedTag == null ? "" : scannedTag.strip();
      throw new WrongDevice(scanned, expected.value());
    }
  }

  /** The household refused the device at the counter. */
  public void refused(String reason, Instant now) {
    requireBooked();
    close(HandoverStatus.REFUSED, now);
    this.outcomeNotes = Notes.normalise(reason);
  }

  /** The coordination released the reservation: the appointment will not take place. */
  public void cancel(String reason, Instant now) {
    requireBooked();
    close(HandoverStatus.CANCELLED, now);
    this.outcomeNotes = Notes.normalise(reason);
  }

  /**
   * The household did not come. Answers whether that was one time too many ({@code max} missed
   * appointments): the hand-over is then MISSED and the reservation is to be released.
   */
  public boolean noShow(int max, Instant now) {
    requireBooked();
    noShows++;
    if (noShows >= max) {
      close(HandoverStatus.MISSED, now);
      return true;
    }
    return false;
  }

  private void close(HandoverStatus to, Instant now) {
    this.status = to;
    this.openReservationId = null;
    this.doneAt = Objects.requireNonNull(now);
  }

  private void requireBooked() {
    if (!status.isOpen()) {
      throw new HandoverClosed(status);
    }
  }

  public Long id() {
    return id;
  }

  public Reservation reservation() {
    return reservation;
  }

  public HandoverStatus status() {
    return status;
  }

  public Instant appointmentAt() {
    return appointmentAt;
  }

  public Place place() {
    return new Place(placeStructure, placeAddress);
  }

  public User supportPerson() {
    return supportPerson;
  }

  public int noShows() {
    return noShows;
  }

  public Actor bookedBy() {
    return bookedBy;
  }

  public Optional<Instant> doneAt() {
    return Optional.ofNullable(doneAt);
  }

  public Optional<String> recipientName() {
    return Optional.ofNullable(recipientName);
  }

  public Optional<byte[]> signaturePng() {
    return Optional.ofNullable(signaturePng).map(byte[]::clone);
  }

  public Optional<String> paperReference() {
    return Optional.ofNullable(paperReference);
  }

  public Optional<String> outcomeNotes() {
    return Optional.ofNullable(outcomeNotes);
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Handover that && id != null && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
