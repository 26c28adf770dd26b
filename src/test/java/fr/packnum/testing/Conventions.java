package fr.packnum.testing;

/** Partners' conventions made over the API, as the coordination's page does. */
public final class Conventions {

  private Conventions() {}

  /**
   * A convention named {@code name} of the partner structure for this year's packs in France of the
   * {@code referring} structure: 150 € a pack delivered, no VAT, a budget of 1,000 €; its id.
   */
  public static long thisYear(
      Api coordinator, long partnerStructureId, String name, long referring) {
    var year = Days.today().withDayOfYear(1);
    return coordinator
        .post(
            "api/conventions",
            "{\"partnerStructureId\":"
                + partnerStructureId
                + ",\"name\":\""
                + name
                + "\",\"startsOn\":\""
                + year
                + "\",\"endsOn\":\""
                + year.plusYears(1).minusDays(1)
                + "\",\"structureIds\":["
                + referring
                + "],\"vatMode\":\"EXEMPT\",\"unitPricesCents\":{\"PACK_DELIVERED\":15000},"
                + "\"budgetCapCents\":100000}")
        .expect(201)
        .getJsonNumber("id")
        .longValue();
  }
}
