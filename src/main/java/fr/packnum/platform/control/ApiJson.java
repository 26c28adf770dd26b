package fr.packnum.platform.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/** The JSON binding of the API: unknown properties are refused, nulls are left out. */
public final class ApiJson {

  /**
   * Yasson's switch; a request body with a field the API does not know is a 400, not silently
   * dropped.
   */
  static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

  private static final Jsonb JSONB = JsonbBuilder.create(config());

  private ApiJson() {}

  public static JsonbConfig config() {
    return new JsonbConfig().withNullValues(false).setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true);
  }

  public static Jsonb jsonb() {
    return JSONB;
  }
}
