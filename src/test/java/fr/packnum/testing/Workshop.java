package fr.packnum.testing;

import jakarta.json.JsonObject;

/** Devices made through the workshop's API, as a technician's pages make them. */
public final class Workshop {

  static final String TODAY = Days.today().toString();

  private Workshop() {}

  public static long donation(Api api) {
    Api.Reply donor =
        api.post(
            "api/donors",
            "{\"name\":\""
                + Accounts.unique("Entreprise ")
                + "\",\"kind\":\"COMPANY\","
                + "\"agreementSignedOn\":\""
                + TODAY
                + "\",\"agreementReference\":\"AC-2026-1\"}");
    donor.expect(201);
    Api.Reply donation =
        api.post(
            "api/donations",
            "{\"donorId\":"
                + donor.json().getInt("id")
                + ",\"receivedOn\":\""
                + TODAY
                + "\",\"mode\":\"COLLECTION\",\"expectedCount\":3}");
    donation.expect(201);
    return donation.json().getJsonNumber("id").longValue();
  }

  public static JsonObject intake(Api api, long donation, String type) {
    Api.Reply device =
        api.post(
            "api/devices",
            "{\"donationId\":"
                + donation
                + ",\"serial\":\""
                + Accounts.unique("SN")
                + "\","
                + "\"specs\":{\"type\":\""
                + type
                + "\",\"brand\":\"Lenovo\",\"model\":\"ThinkPad T480\",\"ramGb\":8,"
                + "\"webcam\":true,\"keyboardLayout\":\"AZERTY_FR\"}}");
    device.expect(201);
    return device.json();
  }

  /** Walks a laptop to READY through the API, as the technician's page does. */
  public static JsonObject refurbish(Api api, JsonObject device, boolean withOs) {
    String path = "api/devices/" + device.getInt("id");
    api.post(
            path + "/drives",
            "{\"serial\":\"" + Accounts.unique("DRV") + "\",\"kind\":\"SSD\",\"sizeGb\":256}")
        .expect(200);
    api.post(path + "/status", "{\"status\":\"IN_DIAGNOSIS\"}").expect(200);
    JsonObject diagnosed =
        api.post(path + "/status", "{\"status\":\"IN_REFURBISHMENT\",\"notes\":\"RAS\"}")
            .expect(200);
    String drive = diagnosed.getJsonArray("drives").getJsonObject(0).getString("serial");
    api.post(
            path + "/erasures",
            "{\"driveSerial\":\""
                + drive
                + "\",\"method\":\"BLOCK_ERASE\","
                + "\"standard\":\"NIST_800_88_PURGE\",\"tool\":\"nwipe 0.37\",\"passes\":1,\"verified\":true,"
                + "\"result\":\"SUCCESS\",\"performedOn\":\""
                + TODAY
                + "\"}")
        .expect(200);
    StringBuilder items = new StringBuilder();
    diagnosed
        .getJsonArray("checklist")
        .getValuesAs(jakarta.json.JsonString.class)
        .forEach(
            item ->
                items
                    .append(items.length() == 0 ? "" : ",")
                    .append('"')
                    .append(item.getString())
                    .append("\":true"));
    api.post(path + "/functional-tests", "{\"items\":{" + items + "}}").expect(200);
    if (withOs) {
      api.put(path + "/operating-system", "{\"name\":\"Linux Mint\",\"version\":\"22\"}")
          .expect(200);
    }
    return api.put(path + "/grade", "{\"grade\":\"B\"}").expect(200);
  }

  /** A laptop with a webcam and an AZERTY keyboard, refurbished and READY. */
  public static JsonObject readyLaptop(Api technician) {
    JsonObject device =
        refurbish(technician, intake(technician, donation(technician), "LAPTOP"), true);
    return technician
        .post("api/devices/" + device.getInt("id") + "/status", "{\"status\":\"READY\"}")
        .expect(200);
  }
}
