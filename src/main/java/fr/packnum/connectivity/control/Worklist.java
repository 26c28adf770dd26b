package fr.packnum.connectivity.control;

import fr.packnum.connectivity.entity.Subscription;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The support people's calls to make: the lines at risk (an unpaid bill) or about to cost more (the
 * promotional price ends within the coming days), soonest first, so someone calls the household
 * before it loses its line.
 */
public final class Worklist {

  private Worklist() {}

  /** A line to call about, with its reasons, the earliest first. */
  public record Entry(Subscription subscription, List<Subscription.Attention> reasons) {

    public LocalDate on() {
      return reasons.get(0).on();
    }
  }

  public static List<Entry> select(Collection<Subscription> lines, LocalDate today, int days) {
    return lines.stream()
        .map(s -> new Entry(s, s.attention(today, days)))
        .filter(e -> !e.reasons().isEmpty())
        .sorted(
            Comparator.comparing(Entry::on).thenComparing(e -> e.subscription().requestReference()))
        .toList();
  }
}
