package fr.packnum.reporting.control;

import java.time.LocalDate;
import java.util.List;

/**
 * What the coordination watches: now, the workshop's stock by status and by how long devices have
 * been in it, the queue of eligible requests waiting for a device and the hand-overs booked for the
 * next 14 days; over the period from {@code from} to {@code to} (the last 12 months by default),
 * the packs handed over per month and how the follow-ups of the households equipped then went.
 */
public record CoordinationFigures(
    LocalDate from,
    LocalDate to,
    List<StockLine> stock,
    long eligibleRequests,
    Long oldestWaitDays,
    List<MonthCount> packsPerMonth,
    List<DayCount> handoversToCome,
    List<FollowUpLine> followUps) {

  /** Devices of a status, by days since they reached it: under 30, 30 to 90, over 90. */
  public record StockLine(String status, long under30, long from30To90, long over90) {
    public long total() {
      return under30 + from30To90 + over90;
    }
  }

  /** A count for a month, {@code yyyy-MM}. */
  public record MonthCount(String month, long count) {}

  /** A count for a day, {@code yyyy-MM-dd}. */
  public record DayCount(String day, long count) {}

  /** Support plans (suivis) of a status and, once closed, an outcome. */
  public record FollowUpLine(String status, String outcome, long count) {}
}
