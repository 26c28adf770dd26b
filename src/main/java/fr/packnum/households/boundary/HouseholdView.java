package fr.packnum.households.boundary;

import fr.packnum.accounts.entity.Role;
import fr.packnum.households.entity.Connectivity;
import fr.packnum.households.entity.Household;
import fr.packnum.households.entity.Need;
import fr.packnum.households.entity.PackRequest;
import fr.packnum.households.entity.RequestStatus;
import fr.packnum.households.entity.Situation;
import fr.packnum.territory.boundary.Territory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A household as its structure and the coordination see it. */
public record HouseholdView(
    long id,
    String reference,
    long structureId,
    String structureName,
    String contactName,
    String contactPhone,
    String contactEmail,
    String inseeCode,
    String communeName,
    boolean inQpv,
    int adults,
    int children,
    int schoolChildren,
    List<SituationView> situations,
    BigDecimal quotientFamilial,
    LocalDate quotientFamilialDate,
    BigDecimal resteAVivre,
    LocalDate resteAVivreDate,
    Set<Need> needs,
    Connectivity connectivity,
    String accessibilityNeeds,
    ConsentView consent,
    Instant lastContactAt,
    Instant createdAt,
    boolean anonymised,
    Set<Household.Action> actions,
    long version) {

  public record SituationView(Situation situation, String proofType, LocalDate proofDate) {}

  public record ConsentView(
      int noticeVersion, LocalDate givenOn, String recordedBy, Instant recordedAt) {}

  /** A line of the households list. */
  public record Summary(
      long id,
      String reference,
      String contactName,
      String inseeCode,
      String communeName,
      boolean inQpv,
      boolean consent,
      Instant lastContactAt,
      boolean anonymised,
      OpenRequest openRequest) {}

  public record OpenRequest(long id, String reference, RequestStatus status) {}

  /** The household as a caller of {@code role} sees it, with what they may do next. */
  static HouseholdView of(Household h, Role role) {
    Household.Profile profile = h.profile();
    var contact = h.contact();
    return new HouseholdView(
        h.id(),
        h.reference(),
        h.structure().id(),
        h.structure().name(),
        contact.map(Household.Contact::name).orElse(null),
        contact.map(Household.Contact::phone).orElse(null),
        contact.map(Household.Contact::email).orElse(null),
        profile.commune().value(),
        Territory.communeName(profile.commune()),
        profile.inQpv(),
        profile.composition().adults(),
        profile.composition().children(),
        profile.composition().schoolChildren(),
        profile.situations().stream()
            .map(s -> new SituationView(s.situation(), s.proofType(), s.proofDate()))
            .toList(),
        profile.quotientFamilial() == null ? null : profile.quotientFamilial().value(),
        profile.quotientFamilial() == null ? null : profile.quotientFamilial().provenOn(),
        profile.resteAVivre() == null ? null : profile.resteAVivre().value(),
        profile.resteAVivre() == null ? null : profile.resteAVivre().provenOn(),
        profile.needs(),
        profile.connectivity(),
        profile.accessibilityNeeds(),
        h.consent()
            .map(
                c ->
                    new ConsentView(c.noticeVersion(), c.givenOn(), c.recordedBy(), c.recordedAt()))
            .orElse(null),
        h.lastContactAt(),
        h.createdAt(),
        h.isAnonymised(),
        h.actionsFor(role),
        h.version());
  }

  static Summary summary(Household h, PackRequest open) {
    return new Summary(
        h.id(),
        h.reference(),
        h.contact().map(Household.Contact::name).orElse(null),
        // not h.profile(): it loads the situations, one query per household of the page
        h.commune().value(),
        Territory.communeName(h.commune()),
        h.inQpv(),
        h.consent().isPresent(),
        h.lastContactAt(),
        h.isAnonymised(),
        open == null ? null : new OpenRequest(open.id(), open.reference(), open.status()));
  }
}
