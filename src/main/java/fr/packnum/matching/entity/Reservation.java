package fr.packnum.matching.entity;

import fr.packnum.households.entity.PackRequest;
import fr.packnum.platform.entity.Actor;
import fr.packnum.platform.entity.Notes;
import fr.packnum.workshop.entity.Device;
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
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A READY device set aside for an ELIGIBLE pack request, confirmed by a coordinator from a
 * proposal. While ACTIVE it holds both: {@code active_device_id} and {@code active_request_id}
 * carry their ids under unique constraints, so that two confirmations racing on any instance cannot
 * give one device to two households, nor two devices to one household. Once it ends those columns
 * are emptied and the row stays as history.
 */
@Entity
@Table(name = "reservations")
public class Reservation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "device_id", nullable = false, updatable = false)
  private Device device;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id", nullable = false, updatable = false)
  private PackRequest request;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private ReservationStatus status;

  @Column(name = "active_device_id")
  private Long activeDeviceId;

  @Column(name = "active_request_id")
  private Long activeRequestId;

  /** The request's priority and the pair's fit when the coordinator confirmed it. */
  @Column(name = "priority", nullable = false, updatable = false)
  private int priority;

  @Column(name = "fit", nullable = false, updatable = false)
  private int fit;

  @Column(name = "weights_version", nullable = false, updatable = false)
  private int weightsVersion;

  @Column(name = "reserved_at", nullable = false, updatable = false)
  private Instant reservedAt;

  /** The last day a hand-over may be booked; the night after it, the reservation expires. */
  @Column(name = "expires_on", nullable = false)
  private LocalDate expiresOn;

  @Embedded private Actor reservedBy;

  /** Set when a hand-over is booked: from then on the night no longer expires it. */
  @Column(name = "handover_booked_at")
  private Instant handoverBookedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "end_reason", length = Notes.MAX_LENGTH)
  private String endReason;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Reservation() {}

  /** The scores of the pair as the engine gave them, and which weights it used. */
  public record Score(int priority, int fit, int weightsVersion) {}

  public Reservation(
      Device device,
      PackRequest request,
      Score score,
      LocalDate expiresOn,
      Actor reservedBy,
      Instant at) {
    this.device = Objects.requireNonNull(device);
    this.request = Objects.requireNonNull(request);
    this.status = ReservationStatus.ACTIVE;
    this.activeDeviceId = Objects.requireNonNull(device.id());
    this.activeRequestId = Objects.requireNonNull(request.id());
    this.priority = score.priority();
    this.fit = score.fit();
    this.weightsVersion = score.weightsVersion();
    this.expiresOn = Objects.requireNonNull(expiresOn);
    this.reservedBy = Objects.requireNonNull(reservedBy);
    this.reservedAt = Objects.requireNonNull(at);
  }

  /** Whether the night of {@code today} should expire it: still active, past its last day. */
  public boolean expiredOn(LocalDate today) {
    return status.holds() && handoverBookedAt == null && today.isAfter(expiresOn);
  }

  /** A hand-over is booked for it. */
  public void handoverBooked(Instant at) {
    if (!status.holds()) {
      throw new ReservationEnded(status);
    }
    this.handoverBookedAt = Objects.requireNonNull(at);
  }

  /** The night released it; the device and the request go back to the shelf and the queue. */
  public void expire(Instant at) {
    end(ReservationStatus.EXPIRED, at, null);
  }

  /** A coordinator released it, saying why. */
  public void release(String reason, Instant at) {
    end(ReservationStatus.RELEASED, at, reason);
  }

  /** The device reached the household. */
  public void handedOver(Instant at) {
    end(ReservationStatus.HANDED_OVER, at, null);
  }

  private void end(ReservationStatus to, Instant at, String reason) {
    if (!status.holds()) {
      throw new ReservationEnded(status);
    }
    this.status = to;
    this.activeDeviceId = null;
    this.activeRequestId = null;
    this.endedAt = Objects.requireNonNull(at);
    this.endReason = Notes.normalise(reason);
  }

  public Long id() {
    return id;
  }

  public Device device() {
    return device;
  }

  public PackRequest request() {
    return request;
  }

  public ReservationStatus status() {
    return status;
  }

  public Score score() {
    return new Score(priority, fit, weightsVersion);
  }

  public Instant reservedAt() {
    return reservedAt;
  }

  public LocalDate expiresOn() {
    return expiresOn;
  }

  public Actor reservedBy() {
    return reservedBy;
  }

  /** When its hand-over was booked, if it was. */
  public Optional<Instant> handoverBookedAt() {
    return Optional.ofNullable(handoverBookedAt);
  }

  public Optional<Instant> endedAt() {
    return Optional.ofNullable(endedAt);
  }

  public Optional<String> endReason() {
    return Optional.ofNullable(endReason);
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Reservation that && id != null && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
