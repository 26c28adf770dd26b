package fr.packnum.support.entity;

import fr.packnum.accounts.entity.Structure;
import fr.packnum.accounts.entity.User;
import fr.packnum.platform.entity.FlagConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A support session a team runs: the hand-over session of one household, or a workshop ("atelier":
 * e-mail, online procedures, video calls…) at a support place with a number of seats. Its minutes
 * are the support hours partners fund.
 */
@Entity
@Table(name = "support_sessions")
public class SupportSession {

  public static final int MAX_MINUTES = 8 * 60;
  public static final int MAX_CAPACITY = 100;
  public static final int TITLE_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 20)
  private SessionKind kind;

  @Column(name = "title", nullable = false, length = TITLE_LENGTH)
  private String title;

  @ManyToOne(optional = false)
  @JoinColumn(name = "structure_id", nullable = false, updatable = false)
  private Structure structure;

  @ManyToOne(optional = false)
  @JoinColumn(name = "support_user_id", nullable = false)
  private User supportPerson;

  /** The place of the directory it is held at; none for a hand-over at a structure's counter. */
  @ManyToOne
  @JoinColumn(name = "place_id")
  private SupportPlace place;

  @Column(name = "place_label", nullable = false, length = 300)
  private String placeLabel;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "minutes", nullable = false)
  private int minutes;

  @Column(name = "capacity", nullable = false)
  private int capacity;

  @Convert(converter = FlagConverter.class)
  @Column(name = "cancelled", nullable = false)
  private boolean cancelled;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SupportSession() {}

  /** What a workshop is: its title, when, how long, how many seats, where and with whom. */
  public record Plan(
      String title, Instant startsAt, int minutes, int capacity, User supportPerson) {
    public Plan {
      title = title == null ? "" : title.strip();
      if (title.isEmpty() || title.length() > TITLE_LENGTH) {
        throw new SessionInvalid("title");
      }
      Objects.requireNonNull(startsAt);
      if (minutes < 1 || minutes > MAX_MINUTES) {
        throw new SessionInvalid("minutes");
      }
      if (capacity < 1 || capacity > MAX_CAPACITY) {
        throw new SessionInvalid("capacity");
      }
      Objects.requireNonNull(supportPerson);
    }
  }

  /** A workshop at a place of the directory, run by {@code plan.supportPerson()}'s team. */
  public static SupportSession workshop(Plan plan, SupportPlace place) {
    SupportSession session = new SupportSession();
    session.kind = SessionKind.WORKSHOP;
    session.place = Objects.requireNonNull(place);
    session.placeLabel = place.name() + ", " + place.communeName();
    session.apply(plan);
    session.structure = plan.supportPerson().structure();
    return session;
  }

  /** The hand-over session of one household: one seat, at the hand-over's place. */
  public static SupportSession handover(
      String title, Instant at, int minutes, User supportPerson, String placeLabel) {
    SupportSession session = new SupportSession();
    session.kind = SessionKind.HANDOVER;
    session.placeLabel = Objects.requireNonNull(placeLabel);
    session.apply(new Plan(title, at, minutes, 1, supportPerson));
    session.structure = supportPerson.structure();
    return session;
  }

  /** New details; a capacity below the seats already booked is refused. */
  public void change(Plan plan, SupportPlace place, long seatsTaken) {
    requireWorkshop();
    if (plan.capacity() < seatsTaken) {
      throw new SessionFull(plan.capacity());
    }
    if (!plan.supportPerson().structure().equals(structure)) {
      throw new SessionInvalid("supportUserId");
    }
    apply(plan);
    this.place = Objects.requireNonNull(place);
    this.placeLabel = place.name() + ", " + place.communeName();
  }

  public void cancel() {
    requireWorkshop();
    this.cancelled = true;
  }

  /** A seat for one more household, or {@link SessionFull}. */
  public void requireSeat(long seatsTaken) {
    if (cancelled) {
      throw new SessionCancelled();
    }
    if (seatsTaken >= capacity) {
      throw new SessionFull(capacity);
    }
  }

  private void requireWorkshop() {
    if (kind != SessionKind.WORKSHOP) {
      throw new SessionInvalid("kind");
    }
  }

  private void apply(Plan plan) {
    this.title = plan.title();
    this.startsAt = plan.startsAt();
    this.minutes = plan.minutes();
    this.capacity = plan.capacity();
    this.supportPerson = plan.supportPerson();
  }

  public Long id() {
    return id;
  }

  public SessionKind kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  public Structure structure() {
    return structure;
  }

  public User supportPerson() {
    return supportPerson;
  }

  public Optional<SupportPlace> place() {
    return Optional.ofNullable(place);
  }

  public String placeLabel() {
    return placeLabel;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Duration duration() {
    return Duration.ofMinutes(minutes);
  }

  public int minutes() {
    return minutes;
  }

  public int capacity() {
    return capacity;
  }

  public boolean cancelled() {
    return cancelled;
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SupportSession that && id != null && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
