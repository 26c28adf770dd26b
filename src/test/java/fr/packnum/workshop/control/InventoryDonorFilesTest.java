package fr.packnum.workshop.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.packnum.platform.control.Messages;
import fr.packnum.workshop.control.InventoryReader.Format;
import fr.packnum.workshop.control.InventoryRow.Drive;
import fr.packnum.workshop.entity.DeviceType;
import fr.packnum.workshop.entity.StorageKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inventories as donor companies export them: titles, units, totals, several drives. */
class InventoryDonorFilesTest {

  @TempDir Path dir;

  @Test
  void aDonorsExportWithTitleUnitsAndTotalsGivesEveryDeviceWithItsDrives() throws IOException {
    Path file =
        Files.write(
            dir.resolve("parc.xlsx"), fr.packnum.testing.Inventories.asDonorsExportIt("PC", false));
    List<InventoryRow> rows = new ArrayList<>();

    InventoryResult result = InventoryReader.read(file, Format.XLSX, rows::add, 100);

    assertThat(result.errors()).isEmpty();
    assertThat(result.headerLine()).isEqualTo(6);
    assertThat(result.totalRows()).isEqualTo(2);
    assertThat(result.rowsRead()).isEqualTo(4);
    assertThat(result.columns())
        .filteredOn(column -> !column.recognised())
        .extracting(InventoryResult.Column::header)
        .containsExactly("N°");
    assertThat(rows)
        .extracting(
            InventoryRow::line,
            InventoryRow::type,
            InventoryRow::serial,
            InventoryRow::ramGb,
            InventoryRow::drives,
            InventoryRow::screenInches,
            InventoryRow::weightGrams)
        .containsExactly(
            tuple(
                7,
                DeviceType.LAPTOP,
                "PC-1",
                8,
                List.of(new Drive(StorageKind.SSD, 256, "PC-D1")),
                14.0,
                1800),
            tuple(
                8,
                DeviceType.LAPTOP,
                "PC-2",
                16,
                List.of(new Drive(StorageKind.NVME, 512, "PC-D2")),
                15.6,
                1800),
            tuple(
                9,
                DeviceType.DESKTOP,
                "PC-3",
                8,
                List.of(
                    new Drive(StorageKind.SSD, 256, "PC-D3a"),
                    new Drive(StorageKind.HDD, 1000, "PC-D3b")),
                null,
                5200),
            tuple(
                10,
                DeviceType.TABLET,
                "PC-4",
                3,
                List.of(new Drive(StorageKind.EMMC, 32, "PC-D4")),
                10.1,
                470));
    assertThat(rows.get(2).storageGb()).isEqualTo(1256);
  }

  @Test
  void aRealErrorImportsNothingAndNamesTheLineTheColumnWhatWasFoundAndWhatIsExpected()
      throws IOException {
    Path file =
        Files.write(
            dir.resolve("parc.xlsx"), fr.packnum.testing.Inventories.asDonorsExportIt("PC", true));

    InventoryResult result = InventoryReader.read(file, Format.XLSX, r -> {}, 100);

    assertThat(result.ok()).isFalse();
    assertThat(result.validRows()).isEqualTo(3);
    assertThat(result.rowsRead()).isEqualTo(4);
    assertThat(result.errors())
        .containsExactly(
            new InventoryError(9, "Mémoire", "inventory.number.invalid", List.of("huit")));
    InventoryError error = result.errors().get(0);
    assertThat(Messages.text(Messages.FRENCH, error.messageKey(), error.arguments().toArray()))
        .isEqualTo("« huit » n’est pas un nombre.");
    assertThat(InventoryTemplate.expected(Messages.FRENCH, error))
        .hasValueSatisfying(
            expected -> assertThat(expected).startsWith("Nombre entier de gigaoctets"));
    assertThat(InventoryTemplate.expected(Messages.ENGLISH, error))
        .hasValueSatisfying(expected -> assertThat(expected).contains("gigabytes"));
  }

  @Test
  void theHeaderOnTheFirstLineIsLineOne() throws IOException {
    InventoryResult result = csv("Type;Numéro de série\nportable;SN1\n");

    assertThat(result.headerLine()).isEqualTo(1);
    assertThat(result.validRows()).isEqualTo(1);
  }

  @Test
  void theHeaderUnderATitleBlockIsFoundOnLineSix() throws IOException {
    List<InventoryRow> rows = new ArrayList<>();
    Path file =
        Files.writeString(
            dir.resolve("titre.csv"),
            "Inventaire du parc;;\n"
                + "Export du 12/03/2026;;\n"
                + ";;\n"
                + "\n"
                + "Société Exemple, site de Lyon;;\n"
                + "Type;Numéro de série;Marque\n"
                + "portable;SN1;Dell\n"
                + "fixe;SN2;HP\n",
            StandardCharsets.UTF_8);

    InventoryResult result = InventoryReader.read(file, Format.CSV, rows::add, 10);

    assertThat(result.errors()).isEmpty();
    assertThat(result.headerLine()).isEqualTo(6);
    assertThat(rows)
        .extracting(InventoryRow::line, InventoryRow::serial)
        .containsExactly(tuple(7, "SN1"), tuple(8, "SN2"));
  }

  @Test
  void theLineNamingTheMostColumnsIsTheHeader() throws IOException {
    // "Type" and "Marque" in a legend above: two known names, but the header names three
    InventoryResult result =
        csv("Type;Marque\nLégende;Remarques\n\nType;Numéro de série;Marque\nportable;SN1;Dell\n");

    assertThat(result.headerLine()).isEqualTo(4);
    assertThat(result.validRows()).isEqualTo(1);
  }

  @Test
  void noHeaderInTheFirstLinesIsOneClearError() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 30; i++) {
      text.append("portable;SN").append(i).append(";Dell\n");
    }

    InventoryResult result = csv(text.toString());

    assertThat(result.headerLine()).isZero();
    assertThat(result.rowsRead()).isZero();
    assertThat(result.errors())
        .containsExactly(new InventoryError(1, null, "inventory.header.not-found", List.of("20")));
    assertThat(Messages.text(Messages.FRENCH, "inventory.header.not-found", "20"))
        .contains("20 premières lignes", "« Type »", "« Numéro de série »");
  }

  @Test
  void totalLinesAreSkippedAndCountedInsteadOfRefused() throws IOException {
    InventoryResult result =
        csv(
            "Type;Numéro de série;RAM (Go)\n"
                + "portable;SN1;8\n"
                + "Sous-total portables;;8\n"
                + "fixe;SN2;4\n"
                + "TOTAL GÉNÉRAL;2;12\n"
                + "Total;;\n"
                + "2;;12 Go\n");

    assertThat(result.errors()).isEmpty();
    assertThat(result.validRows()).isEqualTo(2);
    assertThat(result.totalRows()).isEqualTo(4);
  }

  @Test
  void aDeviceLineIsNeverTakenForATotal() throws IOException {
    InventoryResult result =
        csv("Type;Numéro de série;Remarques\ntablette;123456;Total\n;SN2;12\n");

    assertThat(result.totalRows()).isZero();
    assertThat(result.validRows()).isEqualTo(1);
    assertThat(result.errors())
        .extracting(InventoryError::line, InventoryError::messageKey)
        .containsExactly(tuple(3, "inventory.type.missing"));
  }

  @Test
  void drivesInNumberedColumnsWithAKindAndASerialEach() throws IOException {
    List<InventoryRow> rows = new ArrayList<>();
    Path file =
        Files.writeString(
            dir.resolve("disques.csv"),
            "Type;Numéro de série;Disque 1;Type de disque 1;Disque 2;Type de disque 2;N° de série du disque\n"
                + "fixe;SN1;256 Go;SSD;1 To;HDD;D1 + D2\n"
                + "portable;SN2;512;NVMe;;;D3\n",
            StandardCharsets.UTF_8);

    InventoryResult result = InventoryReader.read(file, Format.CSV, rows::add, 10);

    assertThat(result.errors()).isEmpty();
    assertThat(rows)
        .extracting(InventoryRow::drives)
        .containsExactly(
            List.of(new Drive(StorageKind.SSD, 256, "D1"), new Drive(StorageKind.HDD, 1000, "D2")),
            List.of(new Drive(StorageKind.NVME, 512, "D3")));
  }

  @Test
  void unreadableStorageAndMismatchedDriveSerialsAreErrorsOnTheirColumn() throws IOException {
    InventoryResult result =
        csv(
            "Type;Numéro de série;Stockage;N° de série du disque\n"
                + "fixe;SN1;beaucoup;\n"
                + "fixe;SN2;SSD 256 Go + HDD 1 To;D1\n");

    assertThat(result.errors())
        .extracting(
            InventoryError::line,
            InventoryError::column,
            InventoryError::messageKey,
            InventoryError::arguments)
        .containsExactly(
            tuple(2, "Stockage", "inventory.storage.invalid", List.of("beaucoup")),
            tuple(
                3,
                "N° de série du disque",
                "inventory.storage-serial.count",
                List.of("D1", "1", "2")));
  }

  private InventoryResult csv(String text) throws IOException {
    Path file = Files.writeString(Files.createTempFile(dir, "inventory", ".csv"), text);
    return InventoryReader.read(file, Format.CSV, r -> {}, 10);
  }
}
