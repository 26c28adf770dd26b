package fr.packnum.workshop.boundary;

import fr.packnum.platform.control.Messages;
import fr.packnum.platform.control.Problem;
import fr.packnum.platform.control.ProblemException.FieldKey;
import fr.packnum.platform.entity.Actor;
import fr.packnum.workshop.control.DeviceStore;
import fr.packnum.workshop.control.DonorStore;
import fr.packnum.workshop.control.InventoryError;
import fr.packnum.workshop.control.InventoryReader;
import fr.packnum.workshop.control.InventoryRefused;
import fr.packnum.workshop.control.InventoryRejected;
import fr.packnum.workshop.control.InventoryResult;
import fr.packnum.workshop.control.InventoryRow;
import fr.packnum.workshop.control.InventoryTemplate;
import fr.packnum.workshop.entity.Device;
import fr.packnum.workshop.entity.Donation;
import fr.packnum.workshop.entity.StorageKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bulk intake from a donor's inventory (.xlsx or .csv), all or nothing. The upload is kept in a
 * temporary file and read twice in streaming: first to validate every line (and find serials
 * already registered), then, only if nothing is wrong, to create the devices in batches within the
 * caller's transaction. Only serial numbers and their line numbers are held in memory. A preview
 * reads the file the same way, keeps its first lines and creates nothing.
 */
@ApplicationScoped
public class DeviceImport {

  static final int ERRORS_SHOWN = 100;
  static final int BATCH = 500;

  @Inject DeviceStore devices;
  @Inject DonorStore donors;
  @Inject Bench bench;
  @Inject Clock clock;
  @Inject Logger log;

  /** Lines shown by a preview. */
  static final int PREVIEW_LINES = 10;

  /** Errors whose message gains what the column expects, in the words of the template's help. */
  private static final List<String> EXPECTATION_WANTED =
      List.of(
          "inventory.number.invalid",
          "inventory.number.not-whole",
          "inventory.number.out-of-range",
          "inventory.storage.invalid",
          "inventory.weight.out-of-range");

  /**
   * What an import created: the devices and their first and last tags, the line taken for the
   * header, and the total lines skipped.
   */
  public record Imported(
      long donationId,
      int devices,
      String firstTag,
      String lastTag,
      int headerLine,
      int totalRows) {}

  /**
   * What importing the file would do, without doing it: the line taken for the header, the columns
   * read ({@code id}, the header as written, PackNum's name for it) and those ignored, the first
   * valid lines as PackNum understood them, the counts, and the errors the import would answer.
   */
  public record Preview(
      int headerLine,
      List<PreviewColumn> columns,
      List<String> ignored,
      List<InventoryRow> lines,
      int rowsRead,
      int validRows,
      int totalRows,
      int errorCount,
      List<Problem.FieldError> errors) {}

  public record PreviewColumn(String id, String header, String label) {}

  /** What validating the file found. */
  private record Checked(
      InventoryResult result, List<FieldKey> problems, int errorCount, int fineLines) {}

  public Imported into(long donationId, InputStream upload) {
    return withUpload(
        donationId,
        upload,
        (file, format) -> {
          Checked checked = validate(file, format, row -> {});
          if (checked.errorCount() > 0) {
            throw new InventoryRejected(
                checked.problems(),
                checked.errorCount(),
                checked.fineLines(),
                checked.result().rowsRead(),
                checked.result().headerLine());
          }
          return create(donationId, file, format, checked.result());
        });
  }

  /** Reads the file as an import would and says what it found; nothing is created. */
  public Preview preview(long donationId, InputStream upload) {
    return withUpload(
        donationId,
        upload,
        (file, format) -> {
          List<InventoryRow> first = new ArrayList<>();
          Checked checked =
              validate(
                  file,
                  format,
                  row -> {
                    if (first.size() < PREVIEW_LINES) {
                      first.add(row);
                    }
                  });
          InventoryResult result = checked.result();
          Locale locale = bench.locale();
          List<PreviewColumn> columns = new ArrayList<>();
          List<String> ignored = new ArrayList<>();
          for (InventoryResult.Column column : result.columns()) {
            if (column.recognised()) {
              columns.add(
                  new PreviewColumn(
                      column.columnId(),
                      column.header(),
                      Messages.text(locale, "inventory.column." + column.columnId())));
            } else {
              ignored.add(column.header());
            }
          }
          return new Preview(
              result.headerLine(),
              columns,
              ignored,
              first,
              result.rowsRead(),
              checked.fineLines(),
              result.totalRows(),
              checked.errorCount(),
              bench.translate(checked.problems()));
        });
  }

  private interface Reading<T> {
    T read(Path file, InventoryReader.Format format) throws IOException;
  }

  /** Keeps the upload in a temporary file while {@code reading} runs, then deletes it. */
  private <T> T withUpload(long donationId, InputStream upload, Reading<T> reading) {
    donors.donation(donationId);
    Path file = null;
    try {
      file = Files.createTempFile("packnum-inventory-", ".upload");
      Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
      return reading.read(file, InventoryReader.sniff(file));
    } catch (InventoryRefused refused) {
      log.log(
          Level.WARNING,
          "Inventory upload refused for donation {0}: {1}",
          new Object[] {donationId, refused.reason()});
      throw refused;
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // the temporary directory is cleaned by the system
        }
      }
    }
  }

  private Checked validate(Path file, InventoryReader.Format format, Consumer<InventoryRow> also)
      throws IOException {
    Map<String, Integer> lineOfSerial = new HashMap<>();
    InventoryResult result =
        InventoryReader.read(
            file,
            format,
            row -> {
              lineOfSerial.put(row.serial(), row.line());
              also.accept(row);
            },
            ERRORS_SHOWN);
    Locale locale = bench.locale();
    List<FieldKey> problems = new ArrayList<>();
    for (InventoryError error : result.errors()) {
      problems.add(problem(locale, error));
    }
    int errorCount = result.errorCount();
    int fineLines = result.validRows();
    List<String> serials = new ArrayList<>(lineOfSerial.keySet());
    for (int from = 0; from < serials.size(); from += BATCH) {
      for (String registered :
          devices.registeredSerials(
              serials.subList(from, Math.min(serials.size(), from + BATCH)))) {
        errorCount++;
        fineLines--;
        problems.add(
            new FieldKey(
                lineOfSerial.get(registered),
                null,
                "import.serial.registered",
                List.of(registered)));
      }
    }
    problems.sort(
        Comparator.comparing(FieldKey::line, Comparator.nullsFirst(Comparator.naturalOrder())));
    return new Checked(
        result,
        problems.subList(0, Math.min(ERRORS_SHOWN, problems.size())),
        errorCount,
        fineLines);
  }

  /**
   * An error as the technician reads it: what was found, and for a badly written value, what the
   * column expects.
   */
  private static FieldKey problem(Locale locale, InventoryError error) {
    if (EXPECTATION_WANTED.contains(error.messageKey())) {
      Optional<String> expected = InventoryTemplate.expected(locale, error);
      if (expected.isPresent()) {
        return new FieldKey(
            error.line(),
            error.column(),
            "import.error.expected",
            List.of(
                Messages.text(locale, error.messageKey(), error.arguments().toArray()),
                expected.get()));
      }
    }
    return new FieldKey(
        error.line(), error.column(), error.messageKey(), List.copyOf(error.arguments()));
  }

  private Imported create(
      long donationId, Path file, InventoryReader.Format format, InventoryResult checked)
      throws IOException {
    Actor by = bench.technician();
    Instant now = clock.instant();
    Batch batch = new Batch(donationId);
    InventoryReader.read(file, format, row -> batch.add(row, by, now), ERRORS_SHOWN);
    devices.flush();
    return new Imported(
        donationId,
        batch.count,
        batch.firstTag,
        batch.lastTag,
        checked.headerLine(),
        checked.totalRows());
  }

  /** Creates devices, flushing and clearing the persistence context every {@link #BATCH}. */
  private final class Batch {
    private final long donationId;
    private Donation donation;
    private int count;
    private String firstTag;
    private String lastTag;

    Batch(long donationId) {
      this.donationId = donationId;
      this.donation = donors.donation(donationId);
    }

    void add(InventoryRow row, Actor by, Instant at) {
      Device device =
          new Device(
              donation,
              row.serial(),
              new Device.Specs(
                  row.type(),
                  row.brand(),
                  row.model(),
                  row.cpu(),
                  row.ramGb(),
                  row.screenInches() == null ? null : BigDecimal.valueOf(row.screenInches()),
                  row.batteryHealthPercent(),
                  row.webcam(),
                  row.keyboardLayout(),
                  row.weightGrams(),
                  null),
              by,
              at);
      for (InventoryRow.Drive drive : row.drives()) {
        // a drive is recorded with its serial, which erasure records and certificates name; one
        // the donor's file gives no serial for is recorded by the technician at diagnosis
        if (drive.serial() != null) {
          device.addDrive(
              drive.serial(),
              drive.kind() == null ? StorageKind.OTHER : drive.kind(),
              drive.sizeGb(),
              by,
              at);
        }
      }
      devices.add(device);
      lastTag = device.assetTag().value();
      if (firstTag == null) {
        firstTag = lastTag;
      }
      if (++count % BATCH == 0) {
        devices.flush();
        devices.clear();
        donation = donors.donation(donationId);
      }
    }
  }
}
