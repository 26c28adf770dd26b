package fr.packnum.operations;

import fr.packnum.testing.Api;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Technicians taking devices in, as fast as they can, from several client threads (one session
 * each): device intakes {@code <prefix><n>} into one donation, at most {@code limit} of them. Every
 * answer is recorded: the acknowledged intakes (201) with the id and tag the server gave, those
 * refused (any other status), and those sent without an answer (the server died under them). An
 * intake answered 409 concurrent-update (rolled back on a lock timeout or a deadlock: "réessayez")
 * is sent again, up to three times, as the technician reading it does; those are counted.
 */
final class IntakeLoad {

  /** An acknowledged intake: the serial sent, the device id and asset tag answered. */
  record Ack(String serial, long id, String tag) {}

  private final List<Api> sessions;
  private final long donation;
  private final String prefix;
  private final int limit;
  private final AtomicInteger next = new AtomicInteger();
  private final Map<String, Ack> acked = new ConcurrentHashMap<>();
  private final Set<String> sent = ConcurrentHashMap.newKeySet();
  private final Set<String> unanswered = ConcurrentHashMap.newKeySet();
  private final List<String> refused = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger retried = new AtomicInteger();
  private volatile boolean stopping;
  private ExecutorService threads;

  IntakeLoad(List<Api> sessions, long donation, String prefix, int limit) {
    this.sessions = sessions;
    this.donation = donation;
    this.prefix = prefix;
    this.limit = limit;
  }

  static String body(long donation, String serial) {
    return "{\"donationId\":"
        + donation
        + ",\"serial\":\""
        + serial
        + "\",\"specs\":{\"type\":\"LAPTOP\",\"brand\":\"Dell\",\"model\":\"Latitude 5490\","
        + "\"ramGb\":8,\"webcam\":true,\"keyboardLayout\":\"AZERTY_FR\"}}";
  }

  IntakeLoad start() {
    threads = Executors.newFixedThreadPool(sessions.size());
    sessions.forEach(session -> threads.submit(() -> run(session)));
    return this;
  }

  private void run(Api session) {
    while (!stopping) {
      int n = next.getAndIncrement();
      if (n >= limit) {
        return;
      }
      String serial = prefix + n;
      sent.add(serial);
      Api.Reply reply;
      try {
        reply = session.post("api/devices", body(donation, serial));
        // "Modification simultanée… rien n’a été enregistré. Réessayez.": the technician does
        for (int retry = 0; retry < 3 && concurrentUpdate(reply); retry++) {
          retried.incrementAndGet();
          reply = session.post("api/devices", body(donation, serial));
        }
      } catch (RuntimeException noAnswer) {
        unanswered.add(serial);
        return;
      }
      if (reply.status() == 201) {
        acked.put(
            serial,
            new Ack(
                serial,
                reply.json().getJsonNumber("id").longValue(),
                reply.json().getString("assetTag")));
      } else {
        refused.add(serial + ": " + reply);
      }
    }
  }

  private static boolean concurrentUpdate(Api.Reply reply) {
    return reply.status() == 409 && reply.body().contains("/problems/concurrent-update");
  }

  /** Intakes sent again after a 409 concurrent-update (a lock timeout or deadlock, rolled back). */
  int retried() {
    return retried.get();
  }

  /** Waits until {@code count} intakes are acknowledged (or the load ends). */
  void awaitAcked(int count) throws InterruptedException {
    while (acked.size() < count && !threads.isTerminated()) {
      Thread.sleep(2);
    }
  }

  /** Lets the requests under way finish and stops sending. */
  IntakeLoad stop() throws InterruptedException {
    stopping = true;
    return await();
  }

  /** Waits for the end of the load (its limit reached, or the server gone). */
  IntakeLoad await() throws InterruptedException {
    threads.shutdown();
    if (!threads.awaitTermination(3, TimeUnit.MINUTES)) {
      throw new AssertionError("client threads still running");
    }
    return this;
  }

  /** The acknowledged intakes so far, by serial (a copy). */
  Map<String, Ack> acked() {
    return Map.copyOf(acked);
  }

  Set<String> sent() {
    return Set.copyOf(sent);
  }

  Set<String> unanswered() {
    return Set.copyOf(unanswered);
  }

  List<String> refused() {
    synchronized (refused) {
      return List.copyOf(refused);
    }
  }

  int attempted() {
    return sent.size();
  }

  /**
   * The acknowledged intakes {@code api}'s server does not show as it answered them (found by their
   * tag, same id and serial, RECEIVED with its one history line).
   */
  static List<String> notAsAnswered(Api api, Iterable<Ack> acks) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(6);
    try {
      List<Future<String>> checks = new ArrayList<>();
      for (Ack ack : acks) {
        checks.add(threads.submit(() -> mismatch(api, ack)));
      }
      List<String> mismatches = new ArrayList<>();
      for (Future<String> check : checks) {
        String mismatch = check.get();
        if (mismatch != null) {
          mismatches.add(mismatch);
        }
      }
      return mismatches;
    } finally {
      threads.shutdownNow();
    }
  }

  private static String mismatch(Api api, Ack ack) {
    Api.Reply byTag = api.get("api/devices/by-tag/" + ack.tag());
    if (byTag.status() != 200) {
      return ack + ": " + byTag;
    }
    JsonObject device = byTag.json();
    if (device.getJsonNumber("id").longValue() != ack.id()
        || !device.getString("serial").equals(ack.serial())
        || !device.getString("status").equals("RECEIVED")) {
      return ack + ": " + device;
    }
    JsonArray events = api.get("api/devices/" + ack.id() + "/events").array(200);
    if (events.size() != 1 || !events.getJsonObject(0).getString("kind").equals("RECEIVED")) {
      return ack + ": history " + events;
    }
    return null;
  }
}
