package fr.packnum.platform.control;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether the demonstration data is loaded: {@code PACKNUM_SAMPLE_DATA=true} or {@code false} when
 * set; otherwise on only for the one-command run, on the embedded Derby of the data directory
 * ({@code PACKNUM_DB_URL} not set), and off on any other database.
 */
public final class SampleDataSwitch {

  private SampleDataSwitch() {}

  /** The JDBC URL PackNum uses when {@code PACKNUM_DB_URL} is not set. */
  public static String embeddedUrl(String dataDir) {
    return "jdbc:derby:" + dataDir + "/derby;create=true";
  }

  /**
   * @param setting {@code packnum.sample-data} ({@code PACKNUM_SAMPLE_DATA}), if set
   * @param dbUrl {@code packnum.db.url} as resolved (its default is {@link #embeddedUrl})
   * @param dataDir {@code packnum.data.dir}
   */
  public static boolean on(Optional<String> setting, String dbUrl, String dataDir) {
    Optional<String> explicit =
        setting.map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT));
    if (explicit.isPresent()) {
      return explicit.get().equals("true");
    }
    return embeddedUrl(dataDir).equals(dbUrl);
  }
}
