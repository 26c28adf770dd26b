package fr.packnum.operations;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.testing.Accounts;
import fr.packnum.testing.Api;
import fr.packnum.testing.Instance;
import fr.packnum.testing.Workshop;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The crash drill: a power cut in the middle of a busy intake session. One PackNum on its own
 * embedded Derby takes 1,000 device intakes from six technicians at once and is killed ({@code kill
 * -9}: no shutdown, no flush) after 450 of them are acknowledged. Restarted on the same data
 * directory (Derby replays its log), it must still hold every intake it acknowledged, with the id
 * and tag it answered, and nothing half-written: each device with its one RECEIVED history line,
 * the device id sequence ahead of every id given out, every table consistent with its indexes. Then
 * it takes the rest of the 1,000 as if nothing had happened.
 */
@Tag("operations")
class CrashDrillIT {

  private static final Logger LOG = Logger.getLogger(CrashDrillIT.class.getName());

  static final int INTAKES = 1000;
  static final int KILL_AFTER = 450;
  static final int TECHNICIANS = 6;

  @Test
  void everyAcknowledgedIntakeSurvivesKill9AndNothingIsHalfWritten() throws Exception {
    try (Instance instance = Instance.named("crash").derby().withTestAdministrator()) {
      URL base = instance.start();
      Accounts.NewUser technician = Accounts.user(Accounts.admin(base), "TECHNICIAN");
      long donation = Workshop.donation(technician.signIn(base));
      String prefix = Accounts.unique("CRASH-") + "-";

      IntakeLoad beforeCrash =
          new IntakeLoad(sessions(technician, base), donation, prefix, INTAKES).start();
      beforeCrash.awaitAcked(KILL_AFTER);
      instance.kill();
      beforeCrash.await();
      Map<String, IntakeLoad.Ack> acked = beforeCrash.acked();
      LOG.info(
          () ->
              "Killed with "
                  + acked.size()
                  + " intake(s) acknowledged, "
                  + beforeCrash.unanswered().size()
                  + " without an answer, of "
                  + beforeCrash.attempted()
                  + " sent ("
                  + beforeCrash.retried()
                  + " sent again after a 409 concurrent-update)");
      assertThat(beforeCrash.refused()).as("intakes refused before the crash").isEmpty();
      assertThat(acked.size()).isBetween(KILL_AFTER, INTAKES - 1);

      URL restarted = instance.start();
      Api api = technician.signIn(restarted);
      assertThat(IntakeLoad.notAsAnswered(api, acked.values()))
          .as("acknowledged intakes missing or changed after the restart")
          .isEmpty();
      JsonObject page = api.get("api/devices?donationId=" + donation + "&size=1").expect(200);
      long listed = page.getJsonNumber("total").longValue();
      assertThat(listed)
          .as("devices of the donation: every acknowledged one, perhaps some sent unanswered")
          .isBetween((long) acked.size(), (long) acked.size() + beforeCrash.unanswered().size());

      // The same server takes the rest of the 1,000, on the ids its sequence gives after the crash.
      IntakeLoad afterCrash =
          new IntakeLoad(
                  sessions(technician, restarted),
                  donation,
                  prefix + "after-",
                  INTAKES - beforeCrash.attempted())
              .start()
              .await();
      assertThat(afterCrash.refused()).as("intakes refused after the restart").isEmpty();
      assertThat(afterCrash.unanswered()).isEmpty();
      assertThat(afterCrash.acked()).hasSize(INTAKES - beforeCrash.attempted());
      Set<Long> before = new HashSet<>();
      acked.values().forEach(ack -> before.add(ack.id()));
      assertThat(afterCrash.acked().values())
          .allSatisfy(ack -> assertThat(before).doesNotContain(ack.id()));
      instance.stop();

      DerbyFiles.Snapshot files =
          DerbyFiles.read(instance.dir().resolve(Path.of("data", "derby")), donation);
      acked.forEach(
          (serial, ack) ->
              assertThat(files.devices().get(serial)).as("device " + serial).isEqualTo(ack.id()));
      afterCrash
          .acked()
          .forEach(
              (serial, ack) ->
                  assertThat(files.devices().get(serial))
                      .as("device " + serial)
                      .isEqualTo(ack.id()));
      Set<String> unacknowledged = new HashSet<>(files.devices().keySet());
      unacknowledged.removeAll(acked.keySet());
      unacknowledged.removeAll(afterCrash.acked().keySet());
      assertThat(beforeCrash.unanswered())
          .as("devices stored without an acknowledgement were sent when the server died")
          .containsAll(unacknowledged);
      assertThat(files.notWhole()).as("intakes half-written").isEmpty();
      assertThat(files.nextDeviceId())
          .as("the device id sequence is ahead of every id given out")
          .isGreaterThan(files.maxDeviceId());
      assertThat(files.tablesChecked()).isGreaterThan(40);
      assertThat(files.damagedTables()).as("tables inconsistent with their indexes").isEmpty();
      LOG.info(
          () ->
              "After the restart: "
                  + files.devices().size()
                  + " device(s) stored, "
                  + unacknowledged.size()
                  + " of them sent unanswered; "
                  + files.tablesChecked()
                  + " tables checked");
    }
  }

  private static List<Api> sessions(Accounts.NewUser technician, URL base) {
    return IntStream.range(0, TECHNICIANS).mapToObj(i -> technician.signIn(base)).toList();
  }
}
