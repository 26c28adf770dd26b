package fr.packnum.support.control;

import fr.packnum.support.entity.SupportPlace;
import fr.packnum.territory.boundary.Territory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Imports a CSV of the places standard, line by line and not all or nothing: a national or regional
 * file always holds a few lines that break the standard, and the others should not wait for them.
 * Each refused line is answered with its number and reasons; a place already known by its standard
 * "id" is described anew (a newer file), never added twice; the same id twice in one file refuses
 * the second line.
 */
@ApplicationScoped
public class PlaceImport {

  /** How many places are looked up and written at once. */
  static final int BATCH = 500;

  /** How many reasons an answer lists at most (the counts are always whole). */
  public static final int REASONS_SHOWN = 200;

  @Inject PlaceStore places;
  @Inject Territory territory;

  /** What an import did: places created, updated, lines refused, and the reasons. */
  public record Report(
      int created, int updated, int refused, List<PlaceLines.Refusal> reasons, int reasonCount) {
    public Report {
      reasons = List.copyOf(reasons);
    }
  }

  public Report run(byte[] file, Instant at) {
    PlaceLines check = new PlaceLines(territory);
    Map<String, Integer> lineOfId = new HashMap<>();
    Map<String, PlaceLines.Checked> pending = new LinkedHashMap<>();
    List<PlaceLines.Refusal> reasons = new ArrayList<>();
    TreeSet<Integer> refusedLines = new TreeSet<>();
    int[] counts = new int[2];
    PlacesCsv.read(
        file,
        new PlacesCsv.Lines() {
          @Override
          public void line(int number, Map<String, String> cells) {
            PlaceLines.Checked checked = check.check(number, cells);
            if (!checked.accepted()) {
              checked.refusals().forEach(this::refused);
              return;
            }
            String id = checked.description().standardId();
            Integer earlier = lineOfId.putIfAbsent(id, number);
            if (earlier != null) {
              refused(
                  new PlaceLines.Refusal(
                      number, "id", "support.line.duplicate", List.of(id, earlier)));
              return;
            }
            pending.put(id, checked);
            if (pending.size() == BATCH) {
              write(pending, at, counts);
            }
          }

          @Override
          public void refused(PlaceLines.Refusal refusal) {
            refusedLines.add(refusal.line());
            reasons.add(refusal);
          }
        });
    write(pending, at, counts);
    places.flush();
    reasons.sort(
        java.util.Comparator.comparingInt(PlaceLines.Refusal::line)
            .thenComparing(r -> String.valueOf(r.field())));
    return new Report(
        counts[0],
        counts[1],
        refusedLines.size(),
        reasons.subList(0, Math.min(REASONS_SHOWN, reasons.size())),
        reasons.size());
  }

  private void write(Map<String, PlaceLines.Checked> pending, Instant at, int[] counts) {
    Map<String, SupportPlace> known = places.byStandardIds(pending.keySet());
    for (PlaceLines.Checked checked : pending.values()) {
      SupportPlace place = known.get(checked.description().standardId());
      if (place == null) {
        places.add(new SupportPlace(checked.description(), at));
        counts[0]++;
      } else {
        place.describe(checked.description(), at);
        counts[1]++;
      }
    }
    places.flush();
    pending.clear();
  }
}
