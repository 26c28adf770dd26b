package fr.packnum.testing;

import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** PackNum's gauges as {@code /metrics} shows them to a Prometheus scraper. */
public final class Metrics {

  static final Pattern SAMPLE = Pattern.compile("^(\\w+)\\{([^}]*)\\}\\s+(\\S+)$");

  private Metrics() {}

  /**
   * The application gauges of the server at {@code base} (its root's {@code /metrics}): {@code
   * name{status="…"}} or {@code name} → value.
   */
  public static Map<String, Double> application(URL base) {
    Api api = new Api(base);
    Api.Reply reply =
        api.get(
            api.root().resolve("/metrics?scope=application").toString(), "Accept", "text/plain");
    if (reply.status() != 200) {
      throw new AssertionError("/metrics answered " + reply);
    }
    Map<String, Double> values = new HashMap<>();
    for (String line : reply.body().split("\n")) {
      Matcher m = SAMPLE.matcher(line.trim());
      if (m.matches()) {
        String status =
            Stream.of(m.group(2).split(","))
                .filter(l -> l.startsWith("status="))
                .findFirst()
                .map(l -> "{" + l + "}")
                .orElse("");
        values.put(m.group(1) + status, Double.parseDouble(m.group(3)));
      }
    }
    return values;
  }

  /** A reading newer than every change before it: the gauges keep a reading 5 s. */
  public static Map<String, Double> fresh(URL base) throws InterruptedException {
    Thread.sleep(Duration.ofSeconds(6).toMillis());
    return application(base);
  }
}
