package fr.packnum.reporting.control;

import fr.packnum.platform.boundary.Database;
import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.reporting.control.CoordinationFigures.DayCount;
import fr.packnum.reporting.control.CoordinationFigures.FollowUpLine;
import fr.packnum.reporting.control.CoordinationFigures.MonthCount;
import fr.packnum.reporting.control.CoordinationFigures.StockLine;
import fr.packnum.workshop.entity.DeviceStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The coordination's dashboard, read from the database in a few aggregate queries. The same SQL
 * runs on Derby and PostgreSQL: ages and months are cut with bounds computed here and passed as
 * parameters (no date arithmetic in SQL), and timestamps are compared as UTC wall-clock times, as
 * {@code UtcInstantConverter} stores them.
 */
@ApplicationScoped
public class DashboardData {

  /** Months of hand-overs the dashboard draws by default, this one included. */
  public static final int MONTHS = 12;

  /** The longest period the dashboard reads, in months (a month per bar). */
  public static final int MAX_MONTHS = 120;

  /** Days of booked hand-overs ahead, today included. */
  public static final int DAYS_AHEAD = 14;

  /** Devices still in the workshop's hands: neither with a household nor scrapped. */
  static final List<DeviceStatus> STOCK =
      Arrays.stream(DeviceStatus.values())
          .filter(s -> s != DeviceStatus.DELIVERED && s != DeviceStatus.SCRAPPED)
          .toList();

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** The default period: the last {@link #MONTHS} months up to {@code to}, its month included. */
  public static LocalDate defaultFrom(LocalDate to) {
    return YearMonth.from(to).minusMonths(MONTHS - 1L).atDay(1);
  }

  /**
   * The figures at {@code now}: stock, queue and hand-overs to come as they are now, packs handed
   * over and follow-ups of the households equipped from {@code from} to {@code to} (Paris days,
   * both included).
   */
  public CoordinationFigures coordination(Instant now, LocalDate from, LocalDate to) {
    LocalDate today = FrenchCalendar.dayOf(now);
    try (Connection connection = dataSource.getConnection()) {
      long[] queue = queue(connection, now);
      return new CoordinationFigures(
          from,
          to,
          stock(connection, now),
          queue[0],
          queue[0] == 0 ? null : queue[1],
          packsPerMonth(connection, from, to),
          handoversToCome(connection, today),
          followUps(connection, from, to));
    } catch (SQLException failure) {
      throw new IllegalStateException("Dashboard figures not read", failure);
    }
  }

  private static List<StockLine> stock(Connection connection, Instant now) throws SQLException {
    Timestamp days30 = utc(now.minus(Duration.ofDays(30)));
    Timestamp days90 = utc(now.minus(Duration.ofDays(90)));
    Map<String, StockLine> lines = new LinkedHashMap<>();
    STOCK.forEach(status -> lines.put(status.name(), new StockLine(status.name(), 0, 0, 0)));
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT status,"
                + " SUM(CASE WHEN status_since > ? THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN status_since <= ? AND status_since >= ? THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN status_since < ? THEN 1 ELSE 0 END)"
                + " FROM devices WHERE status NOT IN ('DELIVERED', 'SCRAPPED') GROUP BY status")) {
      query.setTimestamp(1, days30);
      query.setTimestamp(2, days30);
      query.setTimestamp(3, days90);
      query.setTimestamp(4, days90);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          String status = rows.getString(1);
          lines.put(
              status, new StockLine(status, rows.getLong(2), rows.getLong(3), rows.getLong(4)));
        }
      }
    }
    return List.copyOf(lines.values());
  }

  /** The eligible requests waiting for a device, and the longest wait in whole days. */
  private static long[] queue(Connection connection, Instant now) throws SQLException {
    try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT COUNT(*), MIN(status_since) FROM pack_requests WHERE status = 'ELIGIBLE'");
        ResultSet rows = query.executeQuery()) {
      rows.next();
      Timestamp oldest = rows.getTimestamp(2);
      long days = oldest == null ? 0 : Math.max(0, Duration.between(instant(oldest), now).toDays());
      return new long[] {rows.getLong(1), days};
    }
  }

  /**
   * Packs handed over per month (Paris time) from {@code from} to {@code to}, every month of the
   * period listed, a month without a pack included; the first and last months count only the
   * period's days.
   */
  private static List<MonthCount> packsPerMonth(Connection connection, LocalDate from, LocalDate to)
      throws SQLException {
    SortedMap<YearMonth, Long> counts = new TreeMap<>();
    for (YearMonth month = YearMonth.from(from);
        !month.isAfter(YearMonth.from(to));
        month = month.plusMonths(1)) {
      counts.put(month, 0L);
    }
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT done_at FROM handovers WHERE status = 'DONE' AND done_at >= ?"
                + " AND done_at < ?")) {
      query.setTimestamp(1, StatementData.utc(from));
      query.setTimestamp(2, StatementData.utc(to.plusDays(1)));
      query.setFetchSize(StatementData.FETCH);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          YearMonth month = YearMonth.from(FrenchCalendar.dayOf(instant(rows.getTimestamp(1))));
          counts.computeIfPresent(month, (m, count) -> count + 1);
        }
      }
    }
    List<MonthCount> months = new ArrayList<>();
    counts.forEach((month, count) -> months.add(new MonthCount(month.toString(), count)));
    return months;
  }

  /** Hand-overs booked per day from today on, {@link #DAYS_AHEAD} days, none left out. */
  private static List<DayCount> handoversToCome(Connection connection, LocalDate today)
      throws SQLException {
    SortedMap<LocalDate, Long> counts = new TreeMap<>();
    for (int i = 0; i < DAYS_AHEAD; i++) {
      counts.put(today.plusDays(i), 0L);
    }
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT appointment_at FROM handovers WHERE status = 'BOOKED'"
                + " AND appointment_at >= ? AND appointment_at < ?")) {
      query.setTimestamp(1, StatementData.utc(today));
      query.setTimestamp(2, StatementData.utc(today.plusDays(DAYS_AHEAD)));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          counts.computeIfPresent(
              FrenchCalendar.dayOf(instant(rows.getTimestamp(1))), (d, count) -> count + 1);
        }
      }
    }
    List<DayCount> days = new ArrayList<>();
    counts.forEach((day, count) -> days.add(new DayCount(day.toString(), count)));
    return days;
  }

  /**
   * The support plans of the households equipped in the period (a plan starts at the hand-over), by
   * status and outcome: the open ones first, then how the others ended.
   */
  private static List<FollowUpLine> followUps(Connection connection, LocalDate from, LocalDate to)
      throws SQLException {
    List<FollowUpLine> lines = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT status, outcome, COUNT(*) FROM support_plans"
                + " WHERE started_on >= ? AND started_on <= ?"
                + " GROUP BY status, outcome ORDER BY status DESC, outcome")) {
      query.setDate(1, java.sql.Date.valueOf(from));
      query.setDate(2, java.sql.Date.valueOf(to));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          lines.add(new FollowUpLine(rows.getString(1), rows.getString(2), rows.getLong(3)));
        }
      }
    }
    return lines;
  }

  private static Timestamp utc(Instant instant) {
    return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  private static Instant instant(Timestamp utc) {
    return utc.toLocalDateTime().toInstant(ZoneOffset.UTC);
  }
}
