package fr.packnum.workshop.boundary;

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
import fr.packnum.workshop.entity.Device;
import fr.packnum.workshop.entity.Donation;
import fr.packnum.workshop.entity.StorageKind;
import jakarta.enterprise.context.RequestScoped;
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
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bulk intake from a donor's inventory (.xlsx or .csv), all or nothing. The upload is kept in a
 * temporary file and read twice in streaming: first to validate every line (and find serials
 * already registered), then, only if nothing is wrong, to create the devices in batches within the
 * caller's transaction. Only serial numbers and their line numbers are held in memory.
 */
@RequestScoped
public class DeviceImport {

  static final int ERRORS_SHOWN = 100;
  static final int BATCH = 500;

  @Inject DeviceStore devices;
  @Inject DonorStore donors;
  @Inject Bench bench;
  @Inject Clock clock;
  @Inject Logger log;

  /** What an import created. */
  public record Imported(long donationId, int devices, String firstTag, String lastTag) {}

  public Imported into(long donationId, InputStream upload) {
    donors.donation(donationId);
    Path file = null;
    try {
      file = Files.createTempFile("packnum-inventory-", ".upload");
      Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
      InventoryReader.Format format = InventoryReader.sniff(file);
      validate(file, format);
      return create(donationId, file, format);
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

  private void validate(Path file, InventoryReader.Format format) throws IOException {
    Map<String, Integer> lineOfSerial = new HashMap<>();
    InventoryResult result =
        InventoryReader.read(
            file, format, row -> lineOfSerial.put(row.serial(), row.line()), ERRORS_SHOWN);
    List<FieldKey> problems = new ArrayList<>();
    for (InventoryError error : result.errors()) {
      problems.add(
          new FieldKey(
              error.line(), error.column(), error.messageKey(), List.copyOf(error.arguments())));
    }
    int errorCount = result.errorCount();
    List<String> serials = new ArrayList<>(lineOfSerial.keySet());
    for (int from = 0; from < serials.size(); from += BATCH) {
      for (String registered :
          devices.registeredSerials(
              serials.subList(from, Math.min(serials.size(), from + BATCH)))) {
        errorCount++;
        problems.add(
            new FieldKey(
                lineOfSerial.get(registered),
                null,
                "import.serial.registered",
                List.of(registered)));
      }
    }
    if (errorCount > 0) {
      problems.sort(
          Comparator.comparing(FieldKey::line, Comparator.nullsFirst(Comparator.naturalOrder())));
      throw new InventoryRejected(
          problems.subList(0, Math.min(ERRORS_SHOWN, problems.size())), errorCount);
    }
  }

  private Imported create(long donationId, Path file, InventoryReader.Format format)
      throws IOException {
    Actor by = bench.technician();
    Instant now = clock.instant();
    Batch batch = new Batch(donationId);
    InventoryReader.read(file, format, row -> batch.add(row, by, now), ERRORS_SHOWN);
    devices.flush();
    return new Imported(donationId, batch.count, batch.firstTag, batch.lastTag);
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
                  null,
                  null),
              by,
              at);
      if (row.storageSerial() != null && !row.storageSerial().isBlank()) {
        device.addDrive(
            row.storageSerial(),
            row.storageKind() == null ? StorageKind.OTHER : row.storageKind(),
            row.storageGb(),
            by,
            at);
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
