package fr.packnum.households.entity;

import fr.packnum.platform.control.ProblemException.FieldKey;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Eligibility reasons kept as message keys with their arguments (JSON in one column), so that a
 * decision reads in French or English whenever it is shown, in the words of the rules that made it.
 */
final class Reasons {

  /**
   * Looked up once: {@code Json.createReader} and its kind look the provider up through the service
   * loader at every call, which read the class path's jars for every request in a list (a tenth of
   * the eligibility queue's time).
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  private Reasons() {}

  static String encode(List<FieldKey> reasons) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (FieldKey reason : reasons) {
      JsonArrayBuilder args = JSON.createArrayBuilder();
      for (Object arg : reason.args()) {
        if (arg instanceof BigDecimal number) {
          args.add(number);
        } else if (arg instanceof Integer || arg instanceof Long) {
          args.add(((Number) arg).longValue());
        } else {
          args.add(String.valueOf(arg));
        }
      }
      array.add(
          JSON.createObjectBuilder()
              .add("field", reason.field() == null ? "" : reason.field())
              .add("key", reason.key())
              .add("args", args));
    }
    return array.build().toString();
  }

  static List<FieldKey> decode(String stored) {
    if (stored == null || stored.isBlank()) {
      return List.of();
    }
    List<FieldKey> reasons = new ArrayList<>();
    try (var reader = JSON.createReader(new StringReader(stored))) {
      for (JsonValue value : reader.readArray()) {
        JsonObject reason = value.asJsonObject();
        List<Object> args = new ArrayList<>();
        for (JsonValue arg : reason.getJsonArray("args")) {
          args.add(
              arg instanceof JsonNumber number
                  ? number.bigDecimalValue()
                  : ((JsonString) arg).getString());
        }
        String field = reason.getString("field");
        reasons.add(
            new FieldKey(null, field.isEmpty() ? null : field, reason.getString("key"), args));
      }
    }
    return reasons;
  }
}
