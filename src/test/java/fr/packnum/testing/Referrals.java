package fr.packnum.testing;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Households and pack requests made through the API, as a social worker's pages make them. */
public final class Referrals {

  static final LocalDate TODAY = Days.today();

  /**
   * Every name and phone number given to the server in the running test, to look for in its log.
   */
  public static final List<String> PERSONAL = new ArrayList<>();

  private Referrals() {}

  /** A distinctive person: a name and a phone number never used elsewhere. */
  public record Person(String name, String phone) {
    public static Person next() {
      String name = Accounts.unique("Zélie Testfoyer");
      long digits = Math.abs(name.hashCode() % 100_000_000L);
      Person person =
          new Person(
              name,
              String.format(
                  "07 %02d %02d %02d %02d",
                  digits / 1_000_000 % 100,
                  digits / 10_000 % 100,
                  digits / 100 % 100,
                  digits % 100));
      synchronized (PERSONAL) {
        PERSONAL.add(person.name());
        PERSONAL.add(person.phone());
      }
      return person;
    }
  }

  public static String situation(String situation, LocalDate proofDate) {
    return "{\"situation\":\""
        + situation
        + "\",\"proofType\":\"Attestation CAF\",\"proofDate\":\""
        + proofDate
        + "\"}";
  }

  public static String householdJson(
      Person person, String situations, String extra, boolean consent) {
    return "{\"contactName\":\""
        + person.name()
        + "\",\"contactPhone\":\""
        + person.phone()
        + "\",\"inseeCode\":\"93048\",\"inQpv\":true,\"adults\":1,\"children\":2,"
        + "\"schoolChildren\":2,\"situations\":["
        + situations
        + "],\"needs\":[\"SCHOOL\",\"ADMINISTRATIVE\"],\"connectivity\":\"MOBILE_ONLY\""
        + extra
        + (consent ? ",\"consent\":{\"noticeVersion\":1,\"givenOn\":\"" + TODAY + "\"}" : "")
        + "}";
  }

  public static long household(Api socialWorker, Person person, String situations) {
    Api.Reply created =
        socialWorker.post("api/households", householdJson(person, situations, "", true));
    created.expect(201);
    return created.json().getJsonNumber("id").longValue();
  }

  public static long eligibleHousehold(Api socialWorker, Person person) {
    return household(socialWorker, person, situation("RSA", TODAY.minusMonths(1)));
  }

  public static final String WISH =
      "\"preferredDevice\":\"LAPTOP\",\"features\":[\"WEBCAM\"],\"urgency\":\"NORMAL\","
          + "\"needsInternet\":true,\"supportPlace\":\"EPN de la mairie\"";

  public static Api.Reply requestFor(Api socialWorker, long household) {
    return socialWorker.post(
        "api/pack-requests", "{\"householdId\":" + household + "," + WISH + "}");
  }

  public static long draft(Api socialWorker, long household) {
    Api.Reply created = requestFor(socialWorker, household);
    created.expect(201);
    return created.json().getJsonNumber("id").longValue();
  }

  public static JsonObject submitted(Api socialWorker, long household) {
    long request = draft(socialWorker, household);
    Api.Reply sent = socialWorker.post("api/pack-requests/" + request + "/submission", "");
    sent.expect(200);
    return sent.json();
  }

  public static Api.Reply decide(Api coordinator, JsonObject request, String outcome, String why) {
    return coordinator.post(
        "api/pack-requests/" + request.getJsonNumber("id") + "/decision",
        "{\"outcome\":\""
            + outcome
            + "\",\"version\":"
            + request.getJsonNumber("version")
            + (why == null ? "" : ",\"justification\":\"" + why + "\"")
            + "}");
  }

  /** A household found ELIGIBLE for a request asking for {@code wish} (JSON members). */
  public static JsonObject eligibleRequest(Api socialWorker, Api coordinator, String wish) {
    long household = eligibleHousehold(socialWorker, Person.next());
    Api.Reply created =
        socialWorker.post("api/pack-requests", "{\"householdId\":" + household + "," + wish + "}");
    created.expect(201);
    long id = created.json().getJsonNumber("id").longValue();
    Api.Reply sent = socialWorker.post("api/pack-requests/" + id + "/submission", "");
    sent.expect(200);
    Api.Reply decided = decide(coordinator, sent.json(), "ELIGIBLE", "Vu en commission");
    decided.expect(200);
    return decided.json();
  }
}
