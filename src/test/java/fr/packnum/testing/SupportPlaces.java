package fr.packnum.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The support places fixture (a CSV of the national standard), made a test's own. */
public final class SupportPlaces {

  public static final String FIXTURE = "/fr/packnum/support/lieux-mediation-numerique.csv";

  private SupportPlaces() {}

  /** The fixture with every identifier prefixed by {@code prefix}, so that no two tests share. */
  public static String fixture(String prefix) {
    try (InputStream in = SupportPlaces.class.getResourceAsStream(FIXTURE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("\"fixture-", "\"" + prefix + "-")
          .replace("\"structure-1\"", "\"" + prefix + "-structure-1\"");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Imports {@code csv} as {@code api}'s user would, through the API. */
  public static Api.Binary importFile(Api api, String csv) {
    return api.binary(
        "POST",
        "api/support-places/import",
        csv.getBytes(StandardCharsets.UTF_8),
        "text/csv; charset=UTF-8");
  }
}
