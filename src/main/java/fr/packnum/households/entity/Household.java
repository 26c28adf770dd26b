package fr.packnum.households.entity;

import fr.packnum.accounts.entity.Role;
import fr.packnum.accounts.entity.Structure;
import fr.packnum.accounts.entity.StructureDoesNotReferHouseholds;
import fr.packnum.platform.control.ProblemException.FieldKey;
import fr.packnum.platform.entity.EnumSets;
import fr.packnum.platform.entity.FlagConverter;
import fr.packnum.territory.entity.InseeCode;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A household referred by a social worker: the minimum needed to decide, match and hand over a
 * pack. It belongs to the structure that follows it, which alone (with the coordination) sees it.
 * The contact fields are personal data and go at anonymisation; the rest is kept, without them, for
 * the programme's statistics.
 */
@Entity
@Table(name = "households")
public class Household {

  /** The person to call for the hand-over. */
  public record Contact(String name, String phone, String email) {
    public Contact {
      if (name == null || name.isBlank() || phone == null || phone.isBlank()) {
        throw new IllegalArgumentException("A contact needs a name and a phone number");
      }
      name = name.strip();
      phone = phone.strip();
      email = email == null || email.isBlank() ? null : email.strip();
    }
  }

  /** Who lives in the household: at least one adult; school-age children are among the children. */
  public record Composition(int adults, int children, int schoolChildren) {
    public Composition {
      if (adults < 1 || children < 0 || schoolChildren < 0) {
        throw new IllegalArgumentException("Impossible composition");
      }
      if (schoolChildren > children) {
        throw new HouseholdInvalid(
            List.of(new FieldKey("schoolChildren", "household.school-children.too-many")));
      }
    }
  }

  /** A situation with its proof, as entered. */
  public record Proof(Situation situation, String proofType, LocalDate proofDate) {}

  /**
   * An amount (quotient familial in €/month, or reste à vivre in €/day/person) and the date of the
   * document it comes from.
   */
  public record Amount(BigDecimal value, LocalDate provenOn) {
    public Amount {
      Objects.requireNonNull(value);
      if (provenOn == null) {
        throw new IllegalArgumentException("An amount needs the date of its document");
      }
    }

    /**
     * The amounts entered, each either absent or with the date of its document; the fields of a
     * value without its date are all named at once. {@code entered} maps the date's field name
     * (e.g. {@code quotientFamilialDate}) to the value and date entered.
     */
    public static List<Amount> of(List<Entered> entered) {
      List<FieldKey> missing = new ArrayList<>();
      List<Amount> amounts = new ArrayList<>();
      for (Entered e : entered) {
        if (e.value() != null && e.provenOn() == null) {
          missing.add(new FieldKey(e.dateField(), "household.amount.date-missing"));
        }
      }
      if (!missing.isEmpty()) {
        throw new HouseholdInvalid(missing);
      }
      for (Entered e : entered) {
        amounts.add(e.value() == null ? null : new Amount(e.value(), e.provenOn()));
      }
      return amounts;
    }

    /** An amount as typed: maybe no value, maybe no date; {@code dateField} names the date. */
    public record Entered(BigDecimal value, LocalDate provenOn, String dateField) {}
  }

  /** Everything about the household but its contact. */
  public record Profile(
      InseeCode commune,
      boolean inQpv,
      Composition composition,
      List<Proof> situations,
      Amount quotientFamilial,
      Amount resteAVivre,
      Set<Need> needs,
      Connectivity connectivity,
      String accessibilityNeeds) {
    public Profile {
      Objects.requireNonNull(commune);
      Objects.requireNonNull(composition);
      Objects.requireNonNull(connectivity);
      situations = List.copyOf(situations);
      needs = needs.isEmpty() ? EnumSet.noneOf(Need.class) : EnumSet.copyOf(needs);
      accessibilityNeeds =
          accessibilityNeeds == null || accessibilityNeeds.isBlank()
              ? null
              : accessibilityNeeds.strip();
    }
  }

  /** The information notice the person was given and accepted, and who recorded it. */
  public record Consent(
      LocalDate givenOn, int noticeVersion, String recordedBy, Instant recordedAt) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Column(name = "reference", nullable = false, updatable = false, length = 12)
  private String reference;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "structure_id", nullable = false, updatable = false)
  private Structure structure;

  @Column(name = "contact_name", length = 100)
  private String contactName;

  @Column(name = "contact_phone", length = 30)
  private String contactPhone;

  @Column(name = "contact_email", length = 254)
  private String contactEmail;

  /** Keyed hash of the contact's identity, to find the same household across structures. */
  @Column(name = "identity_hash", length = 64)
  private String identityHash;

  @Column(name = "insee_code", nullable = false, length = 5)
  private String inseeCode;

  @Convert(converter = FlagConverter.class)
  @Column(name = "in_qpv", nullable = false)
  private boolean inQpv;

  @Column(name = "adults", nullable = false)
  private int adults;

  @Column(name = "children", nullable = false)
  private int children;

  @Column(name = "school_children", nullable = false)
  private int schoolChildren;

  @Column(name = "quotient_familial", precision = 8, scale = 2)
  private BigDecimal quotientFamilial;

  @Column(name = "quotient_familial_on")
  private LocalDate quotientFamilialOn;

  @Column(name = "reste_a_vivre", precision = 8, scale = 2)
  private BigDecimal resteAVivre;

  @Column(name = "reste_a_vivre_on")
  private LocalDate resteAVivreOn;

  @Column(name = "needs", nullable = false, length = 200)
  private String needs = "";

  @Enumerated(EnumType.STRING)
  @Column(name = "connectivity", nullable = false, length = 20)
  private Connectivity connectivity;

  @Column(name = "accessibility_needs", length = 500)
  private String accessibilityNeeds;

  @Column(name = "consent_given_on")
  private LocalDate consentGivenOn;

  @Column(name = "consent_notice_version")
  private Integer consentNoticeVersion;

  @Column(name = "consent_recorded_by", length = 50)
  private String consentRecordedBy;

  @Column(name = "consent_recorded_at")
  private Instant consentRecordedAt;

  @Column(name = "last_contact_at", nullable = false)
  private Instant lastContactAt;

  @Column(name = "anonymised_at")
  private Instant anonymisedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<SituationProof> situations = new ArrayList<>();

  protected Household() {}

  public Household(
      String reference,
      Structure structure,
      Contact contact,
      String identityHash,
      Profile profile,
      Instant now) {
    if (!structure.kind().refersHouseholds()) {
      throw new StructureDoesNotReferHouseholds("structure");
    }
    this.reference = Objects.requireNonNull(reference);
    this.structure = structure;
    this.createdAt = Objects.requireNonNull(now);
    update(contact, identityHash, profile, now);
  }

  /** Replaces what is known of the household; a change is a contact with it. */
  public final void update(Contact contact, String identityHash, Profile profile, Instant now) {
    requireNotAnonymised();
    this.contactName = contact.name();
    this.contactPhone = contact.phone();
    this.contactEmail = contact.email();
    this.identityHash = Objects.requireNonNull(identityHash);
    this.inseeCode = profile.commune().value();
    this.inQpv = profile.inQpv();
    this.adults = profile.composition().adults();
    this.children = profile.composition().children();
    this.schoolChildren = profile.composition().schoolChildren();
    this.quotientFamilial = amount(profile.quotientFamilial());
    this.quotientFamilialOn = date(profile.quotientFamilial());
    this.resteAVivre = amount(profile.resteAVivre());
    this.resteAVivreOn = date(profile.resteAVivre());
    this.needs = EnumSets.join(profile.needs());
    this.connectivity = profile.connectivity();
    this.accessibilityNeeds = profile.accessibilityNeeds();
    this.situations.clear();
    for (Proof proof : profile.situations()) {
      this.situations.add(
          new SituationProof(this, proof.situation(), proof.proofType(), proof.proofDate()));
    }
    touch(now);
  }

  /** The version of the information notice people are shown now. */
  public static final int CURRENT_NOTICE_VERSION = 1;

  /**
   * Records that the person was informed with notice {@code noticeVersion} and agreed: only the
   * notice people are shown now can be recorded as accepted.
   */
  public void recordConsent(LocalDate givenOn, int noticeVersion, String recordedBy, Instant now) {
    requireNotAnonymised();
    if (noticeVersion != CURRENT_NOTICE_VERSION) {
      throw new NoticeVersionUnknown(CURRENT_NOTICE_VERSION);
    }
    this.consentGivenOn = Objects.requireNonNull(givenOn);
    this.consentNoticeVersion = noticeVersion;
    this.consentRecordedBy = Objects.requireNonNull(recordedBy);
    this.consentRecordedAt = now;
    touch(now);
  }

  /** What can be done with the household's file next, by whom. */
  public enum Action {
    /** Correct the file. */
    EDIT,
    /** Record the person's consent to the current notice. */
    CONSENT,
    /** Draft a pack request. */
    REQUEST_PACK,
    /** Export everything held on the household (GDPR article 15). */
    EXPORT,
    /** Erase its personal data (GDPR article 17). */
    ANONYMISE
  }

  /** What a caller of {@code role} may do with the file in its current state. */
  public Set<Action> actionsFor(Role role) {
    Set<Action> actions = EnumSet.noneOf(Action.class);
    if (role == Role.SOCIAL_WORKER || role == Role.COORDINATOR || role == Role.ADMIN) {
      actions.add(Action.EXPORT);
    }
    if (anonymisedAt != null) {
      return actions;
    }
    if (role == Role.SOCIAL_WORKER) {
      actions.add(Action.EDIT);
      actions.add(Action.REQUEST_PACK);
      if (consentGivenOn == null) {
        actions.add(Action.CONSENT);
      }
    }
    if (role == Role.COORDINATOR || role == Role.ADMIN) {
      actions.add(Action.ANONYMISE);
    }
    return actions;
  }

  /** A contact with the household: the retention period starts again. */
  public void touch(Instant now) {
    if (lastContactAt == null || now.isAfter(lastContactAt)) {
      this.lastContactAt = now;
    }
  }

  /**
   * Erases what identifies the household (contact, identity hash, free texts, proof details and
   * amounts) and keeps what the statistics count: commune, QPV, composition, situations, needs,
   * connectivity.
   */
  public void anonymise(Instant now) {
    if (anonymisedAt != null) {
      return;
    }
    this.contactName = null;
    this.contactPhone = null;
    this.contactEmail = null;
    this.identityHash = null;
    this.quotientFamilial = null;
    this.quotientFamilialOn = null;
    this.resteAVivre = null;
    this.resteAVivreOn = null;
    this.accessibilityNeeds = null;
    this.consentRecordedBy = null;
    this.situations.forEach(SituationProof::anonymise);
    this.anonymisedAt = now;
  }

  private void requireNotAnonymised() {
    if (anonymisedAt != null) {
      throw new HouseholdAnonymised();
    }
  }

  public boolean belongsTo(long structureId) {
    return structure.id() == structureId;
  }

  public Long id() {
    return id;
  }

  public String reference() {
    return reference;
  }

  public Structure structure() {
    return structure;
  }

  /** Empty once anonymised. */
  public Optional<Contact> contact() {
    return contactName == null
        ? Optional.empty()
        : Optional.of(new Contact(contactName, contactPhone, contactEmail));
  }

  public Optional<String> identityHash() {
    return Optional.ofNullable(identityHash);
  }

  public Profile profile() {
    return new Profile(
        new InseeCode(inseeCode),
        inQpv,
        new Composition(adults, children, schoolChildren),
        situations.stream()
            .map(
                s ->
                    new Proof(
                        s.situation(), s.proofType().orElse(null), s.proofDate().orElse(null)))
            .toList(),
        quotientFamilial == null ? null : new Amount(quotientFamilial, quotientFamilialOn),
        resteAVivre == null ? null : new Amount(resteAVivre, resteAVivreOn),
        EnumSets.parse(needs, Need.class),
        connectivity,
        accessibilityNeeds);
  }

  /** The household's commune, without loading the rest of {@link #profile()} (lists). */
  public InseeCode commune() {
    return new InseeCode(inseeCode);
  }

  /** Whether it lives in a priority neighbourhood (QPV), without loading the whole profile. */
  public boolean inQpv() {
    return inQpv;
  }

  public Optional<Consent> consent() {
    return consentGivenOn == null
        ? Optional.empty()
        : Optional.of(
            new Consent(
                consentGivenOn, consentNoticeVersion, consentRecordedBy, consentRecordedAt));
  }

  public Instant lastContactAt() {
    return lastContactAt;
  }

  public Optional<Instant> anonymisedAt() {
    return Optional.ofNullable(anonymisedAt);
  }

  public boolean isAnonymised() {
    return anonymisedAt != null;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }

  public List<SituationProof> situations() {
    return Collections.unmodifiableList(situations);
  }

  private static BigDecimal amount(Amount amount) {
    return amount == null ? null : amount.value();
  }

  private static LocalDate date(Amount amount) {
    return amount == null ? null : amount.provenOn();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Household h && reference.equals(h.reference);
  }

  @Override
  public int hashCode() {
    return reference.hashCode();
  }
}
