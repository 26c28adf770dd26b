package fr.packnum.workshop.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.platform.control.Messages;
import fr.packnum.platform.control.Problem;
import fr.packnum.platform.control.Problems;
import fr.packnum.workshop.control.InventoryReader.Format;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryMessagesTest {

  @TempDir Path dir;

  @Test
  void frenchAndEnglishBundlesHaveTheSameInventoryKeys() throws IOException {
    assertThat(inventoryKeys(bundle("messages_en.properties")))
        .isEqualTo(inventoryKeys(bundle("messages.properties")));
  }

  @Test
  void everyErrorTheReaderReportsHasATextInBothLanguagesAndEveryTextIsReachable()
      throws IOException {
    List<InventoryError> errors = new ArrayList<>();
    errors.addAll(errorsOf("Marque\nDell\n"));
    errors.addAll(errorsOf(""));
    errors.addAll(errorsOf("Type;N° de série;Numéro de série\nportable;A;A\n"));
    errors.addAll(
        errorsOf(
            "Type;Numéro de série;RAM (Go);Stockage (Go);Type de stockage;Écran (pouces);"
                + "Webcam;Clavier;Remarques\n"
                + ";;beaucoup;8,5;disquette;200;peut-être;dvorak;"
                + "x".repeat(2_001)
                + "\ngrille-pain;"
                + "S".repeat(101)
                + "\nportable;SN1\nfixe;SN1\n"));
    errors.addAll(errorsOf("portable;SN1\n".repeat(25)));
    errors.addAll(
        errorsOf(
            "Type;Numéro de série;Stockage;Type de stockage;N° de série du disque;Poids\n"
                + "fixe;S1;beaucoup;;;1 tonne\n"
                + "fixe;S2;SSD 256 Go + HDD 1 To;SSD + HDD + eMMC;D1;80 kg\n"
                + "fixe;S3;SSD 256 Go + HDD 1 To;;D1;2 kg\n"));

    Set<String> reported =
        errors.stream()
            .map(InventoryError::messageKey)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> documented =
        bundle("messages.properties").stringPropertyNames().stream()
            .filter(key -> key.startsWith("inventory."))
            .filter(
                key ->
                    !key.startsWith("inventory.column.") && !key.startsWith("inventory.template."))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(reported).isEqualTo(documented);
    for (InventoryError error : errors) {
      Object[] arguments = error.arguments().toArray();
      String french = Messages.text(Messages.FRENCH, error.messageKey(), arguments);
      String english = Messages.text(Messages.ENGLISH, error.messageKey(), arguments);
      assertThat(french).isNotEqualTo(english).doesNotContain("{").doesNotContain("'");
      assertThat(english).doesNotContain("{").doesNotContain("'");
      for (String argument : error.arguments()) {
        assertThat(french).contains(argument);
        assertThat(english).contains(argument);
      }
    }
  }

  @Test
  void everyRefusalHasATitleAndADetailInBothLanguages() throws IllegalAccessException {
    Properties french = bundle("messages.properties");
    Properties english = bundle("messages_en.properties");
    List<String> keys = new ArrayList<>();
    for (Field field : InventoryRefused.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        keys.add((String) field.get(null));
      }
    }
    assertThat(keys).hasSizeGreaterThanOrEqualTo(7);
    for (String key : keys) {
      for (Properties bundle : List.of(french, english)) {
        assertThat(bundle).containsKeys("problem." + key + ".title", "problem." + key + ".detail");
      }
    }
  }

  @Test
  void refusalsReadWellWithTheirArguments() {
    Problem french = Problems.of(Messages.FRENCH, InventoryRefused.tooManyRows(200_000));
    Problem english = Problems.of(Messages.ENGLISH, InventoryRefused.csvMalformed(1234, "x"));

    assertThat(french.status()).isEqualTo(422);
    assertThat(french.type()).isEqualTo("/problems/inventory-too-many-rows");
    assertThat(french.detail()).contains("200\u202F000 appareils");
    assertThat(english.detail()).contains("from line 1234 on");
  }

  @Test
  void aRejectedFileSaysHowManyLinesWereFineAndWhichLineWasTheHeader() {
    Problem french = Problems.of(Messages.FRENCH, new InventoryRejected(List.of(), 1, 3, 4, 6));
    Problem english = Problems.of(Messages.ENGLISH, new InventoryRejected(List.of(), 2, 1, 3, 1));
    Problem noHeader = Problems.of(Messages.FRENCH, new InventoryRejected(List.of(), 1, 0, 0, 0));

    assertThat(french.detail())
        .startsWith("Le fichier contient une erreur ; 3 lignes sont correctes sur 4")
        .contains("(en-tête lu à la ligne 6)", "Rien n’a été importé");
    assertThat(english.detail())
        .startsWith("The file has 2 errors; one row is correct out of 3 (header read on row 1).");
    assertThat(noHeader.detail())
        .contains("aucune ligne n’est correcte sur 0.")
        .doesNotContain("(");
  }

  @Test
  void noStraightApostropheWhereMessageFormatWouldEatIt() throws IOException {
    for (String name : List.of("messages.properties", "messages_en.properties")) {
      Properties bundle = bundle(name);
      for (String key : inventoryKeys(bundle)) {
        if (bundle.getProperty(key).contains("{")) {
          assertThat(bundle.getProperty(key)).as(key).doesNotContain("'");
        }
      }
    }
  }

  private List<InventoryError> errorsOf(String csv) throws IOException {
    Path file = Files.writeString(Files.createTempFile(dir, "errors", ".csv"), csv);
    return InventoryReader.read(file, Format.CSV, r -> {}, 100).errors();
  }

  private static Set<String> inventoryKeys(Properties bundle) {
    return bundle.stringPropertyNames().stream()
        .filter(key -> key.startsWith("inventory.") || key.startsWith("problem.inventory-"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Properties bundle(String name) {
    Properties properties = new Properties();
    try (InputStream in =
        InventoryMessagesTest.class.getResourceAsStream("/fr/packnum/workshop/" + name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return properties;
  }
}
