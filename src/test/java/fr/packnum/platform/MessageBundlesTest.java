package fr.packnum.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The browser's texts live in one bundle per component ({@code forms/js/messages/*.js}), merged by
 * {@code i18n.js}. A JavaScript object literal keeps the last of two equal keys without a word, and
 * the merge keeps the last bundle's: so a key said twice, or French without its English, is only
 * seen here.
 */
class MessageBundlesTest {

  private static final Path BUNDLES = Path.of("forms", "js", "messages");
  private static final Path I18N = Path.of("forms", "js", "i18n.js");
  private static final Pattern KEY = Pattern.compile("^  '([^']+)':", Pattern.MULTILINE);
  private static final Pattern IMPORT =
      Pattern.compile("from '\\./messages/([a-z]+)\\.js'", Pattern.MULTILINE);

  @Test
  void everyKeyStandsInOneBundleOnceAndInBothLanguages() throws IOException {
    Map<String, List<String>> placesFr = new HashMap<>();
    Map<String, List<String>> placesEn = new HashMap<>();
    for (Path bundle : bundles()) {
      String text = Files.readString(bundle, StandardCharsets.UTF_8);
      String name = bundle.getFileName().toString();
      collect(language(text, "fr", name), name, placesFr);
      collect(language(text, "en", name), name, placesEn);
    }
    assertThat(repeated(placesFr)).as("French keys said more than once").isEmpty();
    assertThat(repeated(placesEn)).as("English keys said more than once").isEmpty();
    assertThat(missing(placesFr, placesEn)).as("French keys with no English").isEmpty();
    assertThat(missing(placesEn, placesFr)).as("English keys with no French").isEmpty();
    // Each key in the same bundle in both languages, so each component's bundle stands alone.
    placesFr.forEach(
        (key, files) ->
            assertThat(placesEn.get(key)).as("bundle of %s in English", key).isEqualTo(files));
    assertThat(placesFr).hasSizeGreaterThan(1000);
  }

  @Test
  void i18nMergesEveryBundle() throws IOException {
    Set<String> imported = new LinkedHashSet<>();
    Matcher matcher = IMPORT.matcher(Files.readString(I18N, StandardCharsets.UTF_8));
    while (matcher.find()) {
      imported.add(matcher.group(1) + ".js");
    }
    List<String> files = bundles().stream().map(path -> path.getFileName().toString()).toList();
    assertThat(imported).containsExactlyInAnyOrderElementsOf(files);
    assertThat(files).contains("platform.js", "accounts.js", "workshop.js", "households.js");
  }

  private static List<Path> bundles() throws IOException {
    try (Stream<Path> files = Files.list(BUNDLES)) {
      return files.filter(path -> path.toString().endsWith(".js")).sorted().toList();
    }
  }

  /** The body of {@code export const <language> = { … };}. */
  private static String language(String text, String language, String bundle) {
    String opening = "export const " + language + " = {\n";
    int start = text.indexOf(opening);
    assertThat(start).as("%s declares %s", bundle, language).isNotNegative();
    int end = text.indexOf("\n};", start);
    assertThat(end).as("%s closes %s", bundle, language).isPositive();
    return text.substring(start + opening.length(), end + 1);
  }

  private static void collect(String body, String bundle, Map<String, List<String>> places) {
    Matcher matcher = KEY.matcher(body);
    while (matcher.find()) {
      places.computeIfAbsent(matcher.group(1), key -> new ArrayList<>()).add(bundle);
    }
  }

  private static Map<String, List<String>> repeated(Map<String, List<String>> places) {
    Map<String, List<String>> repeated = new HashMap<>();
    places.forEach(
        (key, files) -> {
          if (files.size() > 1) {
            repeated.put(key, files);
          }
        });
    return repeated;
  }

  private static Set<String> missing(Map<String, List<String>> from, Map<String, List<String>> in) {
    Set<String> missing = new LinkedHashSet<>(from.keySet());
    missing.removeAll(in.keySet());
    return missing;
  }
}
