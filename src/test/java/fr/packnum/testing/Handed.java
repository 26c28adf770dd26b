package fr.packnum.testing;

import fr.packnum.accounts.entity.Role;
import fr.packnum.accounts.entity.Structure;
import fr.packnum.accounts.entity.StructureKind;
import fr.packnum.accounts.entity.User;
import fr.packnum.households.entity.Connectivity;
import fr.packnum.households.entity.Household;
import fr.packnum.households.entity.PackRequest;
import fr.packnum.households.entity.PreferredDevice;
import fr.packnum.households.entity.Urgency;
import fr.packnum.matching.entity.Handover;
import fr.packnum.matching.entity.Reservation;
import fr.packnum.platform.entity.Actor;
import fr.packnum.territory.entity.InseeCode;
import fr.packnum.workshop.entity.Device;
import fr.packnum.workshop.entity.DeviceType;
import fr.packnum.workshop.entity.Donation;
import fr.packnum.workshop.entity.DonationMode;
import fr.packnum.workshop.entity.Donor;
import fr.packnum.workshop.entity.DonorKind;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A pack at the counter, built in memory for the entity tests of matching, connectivity and
 * support: a laptop, a household of a CCAS, an EPN's mediator, the hand-over booked or done.
 */
public final class Handed {

  public static final Actor COORDINATOR = new Actor(8L, "Karim Benali");
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

  private Handed() {}

  /** Sets the generated id the database would give. */
  public static <T> T withId(T entity, long id) {
    try {
      Field field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An EPN with its id. */
  public static Structure team(long id, Instant now) {
    return withId(new Structure("EPN " + id, StructureKind.EPN, null, null, now), id);
  }

  /** An active support person of {@code team}. */
  public static User mediator(Structure team, long id, Instant now) {
    return withId(
        new User("mediateur." + id, "Samia Médiatrice", null, Role.SUPPORT, team, "hash", now), id);
  }

  /** A laptop handed over at {@code now} by {@code mediator}, at the mediator's structure. */
  public static Handover over(User mediator, Instant now) {
    Handover handover = booked(mediator, now);
    handover.complete(
        handover.reservation().device().assetTag().value(),
        new Handover.Signature("Zélie Test", PNG, null),
        now);
    return handover;
  }

  /** A laptop's hand-over booked for {@code now} with {@code mediator}, at their structure. */
  public static Handover booked(User mediator, Instant now) {
    Reservation reservation =
        withId(
            new Reservation(
                device(now),
                request(7L, "P-AAAAAA", now),
                new Reservation.Score(50, 3, 1),
                LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).plusDays(14),
                COORDINATOR,
                now),
            5L);
    return withId(
        new Handover(
            reservation,
            now,
            new Handover.Place(mediator.structure(), null),
            mediator,
            COORDINATOR,
            now),
        11L);
  }

  /** A laptop (device 42, tag PN-000042) of a town hall's donation. */
  public static Device device(Instant now) {
    Donation donation =
        new Donation(
            new Donor(
                new Donor.Details(
                    "Mairie", DonorKind.PUBLIC_BODY, null, null, null, null, null, null),
                now),
            LocalDate.of(2026, 11, 20),
            DonationMode.COLLECTION,
            1,
            null,
            now);
    return withId(
        new Device(
            donation,
            "SN-H1",
            new Device.Specs(
                DeviceType.LAPTOP, null, null, null, 8, null, 90, true, null, null, null),
            COORDINATOR,
            now),
        42L);
  }

  /** A draft request {@code reference} of a CCAS's household in Montreuil, wanting internet. */
  public static PackRequest request(long id, String reference, Instant now) {
    Structure ccas = withId(new Structure("CCAS", StructureKind.CCAS, null, null, now), 3L);
    Household household =
        new Household(
            "F-AAAAAA",
            ccas,
            new Household.Contact("Zélie Test", "07 00 00 00 00", null),
            "identity-hash",
            new Household.Profile(
                new InseeCode("93048"),
                false,
                new Household.Composition(1, 0, 0),
                List.of(),
                null,
                null,
                Set.of(),
                Connectivity.NONE,
                null),
            now);
    household.recordConsent(LocalDate.of(2026, 12, 1), Household.CURRENT_NOTICE_VERSION, "ts", now);
    return withId(
        new PackRequest(
            reference,
            household,
            new PackRequest.Wish(
                PreferredDevice.LAPTOP, Set.of(), Urgency.NORMAL, null, true, null),
            COORDINATOR,
            now),
        id);
  }
}
