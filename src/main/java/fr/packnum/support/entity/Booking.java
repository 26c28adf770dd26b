package fr.packnum.support.entity;

import jakarta.persistence.Column;
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

/**
 * A household's seat in a session, then whether it came. The pair (session, plan) is unique: a
 * household is booked once in a session, whoever books it.
 */
@Entity
@Table(name = "support_bookings")
public class Booking {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "session_id", nullable = false, updatable = false)
  private SupportSession session;

  @ManyToOne(optional = false)
  @JoinColumn(name = "plan_id", nullable = false, updatable = false)
  private SupportPlan plan;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private BookingStatus status;

  @Column(name = "booked_at", nullable = false, updatable = false)
  private Instant bookedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Booking() {}

  /** A seat for the plan's household; the caller checked the session has one left. */
  public Booking(SupportSession session, SupportPlan plan, Instant now) {
    plan.requireOpen();
    if (!session.structure().equals(plan.structure())) {
      throw new SessionInvalid("sessionId");
    }
    this.session = session;
    this.plan = plan;
    this.status = BookingStatus.BOOKED;
    this.bookedAt = Objects.requireNonNull(now);
  }

  /** The hand-over session: the household was there, by definition. */
  public static Booking attendedHandover(SupportSession session, SupportPlan plan, Instant now) {
    Booking booking = new Booking(session, plan, now);
    booking.status = BookingStatus.ATTENDED;
    return booking;
  }

  /** The attendance sheet: came or not. It can be corrected; a cancelled seat cannot. */
  public void attended(boolean came) {
    if (status == BookingStatus.CANCELLED) {
      throw new SessionCancelled();
    }
    this.status = came ? BookingStatus.ATTENDED : BookingStatus.ABSENT;
  }

  public void cancel() {
    this.status = BookingStatus.CANCELLED;
  }

  public Long id() {
    return id;
  }

  public SupportSession session() {
    return session;
  }

  public SupportPlan plan() {
    return plan;
  }

  public BookingStatus status() {
    return status;
  }

  public Instant bookedAt() {
    return bookedAt;
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Booking that && id != null && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
