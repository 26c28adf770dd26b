package fr.packnum.reporting.control;

import fr.packnum.platform.boundary.Database;
import fr.packnum.platform.control.FrenchCalendar;
import fr.packnum.reporting.entity.Convention;
import fr.packnum.reporting.entity.FundedItem;
import fr.packnum.reporting.entity.TerritoryKind;
import fr.packnum.territory.boundary.Territory;
import fr.packnum.territory.entity.InseeCode;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * What a partner statement says, read from the database for a convention and a period: the packs
 * handed over in the period to households the convention covers (its referring structures, its
 * communes or départements, the QPV only), their follow-up, the workshop's activity and the billing
 * quantities. Pack rows are streamed from a forward-only cursor, {@link #FETCH} at a time, so a
 * national statement of a million packs never sits in memory.
 *
 * <p>The same SQL runs on Derby and PostgreSQL; timestamps are compared as UTC wall-clock times, as
 * {@code UtcInstantConverter} stores them.
 */
@ApplicationScoped
public class StatementData {

  static final int FETCH = 1_000;

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** A condition of a WHERE clause and its parameters, in the order of its marks. */
  record Clause(String sql, List<Object> parameters) {

    static final Clause TRUE = new Clause("1 = 1", List.of());

    Clause {
      parameters = List.copyOf(parameters);
    }

    /** Both conditions; {@link #TRUE} is left out. */
    Clause and(Clause other) {
      if (this == TRUE) {
        return other;
      }
      if (other == TRUE) {
        return this;
      }
      List<Object> both = new ArrayList<>(parameters);
      both.addAll(other.parameters);
      return new Clause(sql + " AND " + other.sql, both);
    }
  }

  /**
   * The covered packs of a period: the hand-overs done ({@link #HANDED_OVER}) in the period ({@code
   * period}) to the households the convention covers ({@code scope}: its structures, territories,
   * QPV only). A query asks for all three, or for the covered packs handed over at any time ({@link
   * #anyTime}: their connection months inside the period are counted).
   */
  record Coverage(Clause period, Clause scope) {

    static final Clause HANDED_OVER = new Clause("ho.status = 'DONE'", List.of());

    static Coverage of(Convention convention, LocalDate from, LocalDate to) {
      return of(convention.terms(), from, to);
    }

    static Coverage of(Convention.Terms terms, LocalDate from, LocalDate to) {
      Clause period =
          new Clause("ho.done_at >= ? AND ho.done_at < ?", List.of(utc(from), utc(to.plusDays(1))));
      Clause scope = Clause.TRUE;
      if (!terms.structureIds().isEmpty()) {
        scope =
            scope.and(
                new Clause(
                    "r.structure_id IN (" + marks(terms.structureIds().size()) + ")",
                    new ArrayList<>(terms.structureIds().stream().sorted().toList())));
      }
      List<String> communes = codes(terms, TerritoryKind.COMMUNE);
      List<String> departements = codes(terms, TerritoryKind.DEPARTEMENT);
      if (!communes.isEmpty() || !departements.isEmpty()) {
        List<String> alternatives = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (!communes.isEmpty()) {
          alternatives.add("h.insee_code IN (" + marks(communes.size()) + ")");
          parameters.addAll(communes);
        }
        if (!departements.isEmpty()) {
          // a département is the code's first two characters, three overseas (971…976)
          alternatives.add("SUBSTR(h.insee_code, 1, 2) IN (" + marks(departements.size()) + ")");
          parameters.addAll(departements);
          alternatives.add("SUBSTR(h.insee_code, 1, 3) IN (" + marks(departements.size()) + ")");
          parameters.addAll(departements);
        }
        scope = scope.and(new Clause("(" + String.join(" OR ", alternatives) + ")", parameters));
      }
      if (terms.qpvOnly()) {
        scope = scope.and(new Clause("h.in_qpv = 1", List.of()));
      }
      return new Coverage(period, scope);
    }

    /** The packs of the period, after a space: {@code "... WHERE" + where()}. */
    String where() {
      return " " + HANDED_OVER.and(period).and(scope).sql();
    }

    /** The parameters of {@link #where()}. */
    List<Object> parameters() {
      return HANDED_OVER.and(period).and(scope).parameters();
    }

    /** The covered packs handed over at any time. */
    Clause anyTime() {
      return HANDED_OVER.and(scope);
    }

    private static List<String> codes(Convention.Terms terms, TerritoryKind kind) {
      return terms.territories().stream()
          .filter(t -> t.kind() == kind)
          .map(Convention.Territory::code)
          .sorted()
          .toList();
    }

    private static String marks(int count) {
      return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
  }

  static final String PACKS =
      "FROM handovers ho"
          + " JOIN reservations rv ON rv.id = ho.reservation_id"
          + " JOIN pack_requests r ON r.id = rv.request_id"
          + " JOIN households h ON h.id = r.household_id"
          + " JOIN devices d ON d.id = rv.device_id"
          + " LEFT JOIN support_plans p ON p.handover_id = ho.id"
          + " WHERE";

  static final String PACK_COLUMNS =
      "SELECT ho.id, h.id, h.reference, h.insee_code, h.in_qpv, r.id, r.created_at, r.decided_at,"
          + " d.id, d.type, d.grade, ho.done_at, p.status, p.outcome,"
          + " (SELECT MAX(c.logged_at) FROM support_calls c WHERE c.plan_id = p.id),"
          + " (SELECT MAX(o.kind) FROM connectivity_subscriptions s"
          + "    JOIN connectivity_offers o ON o.id = s.offer_id WHERE s.request_id = r.id"
          + "    AND s.status IN ('REQUESTED', 'ACTIVE', 'ENDED')) ";

  /**
   * Runs {@code writer} over the covered packs, in the order they were handed over, on one open
   * cursor: the rows are read as the writer asks for them.
   */
  public void withPacks(
      Convention convention, LocalDate from, LocalDate to, Consumer<Iterator<PackRow>> writer) {
    Coverage coverage = Coverage.of(convention, from, to);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                PACK_COLUMNS + PACKS + coverage.where() + " ORDER BY ho.done_at, ho.id",
                ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
      boolean autoCommit = connection.getAutoCommit();
      // PostgreSQL streams with a fetch size only inside a transaction
      connection.setAutoCommit(false);
      try {
        bind(query, coverage.parameters());
        query.setFetchSize(FETCH);
        try (ResultSet rows = query.executeQuery()) {
          writer.accept(new PackRows(connection, rows));
        }
      } finally {
        connection.rollback();
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException failure) {
      throw new IllegalStateException("Statement packs not read", failure);
    }
  }

  /**
   * The pack rows of a result set, a block of {@link #FETCH} at a time: each block's households'
   * situations are read in one query.
   */
  static final class PackRows implements Iterator<PackRow> {

    private final Connection connection;
    private final ResultSet rows;
    private final List<PackRow> block = new ArrayList<>();
    private int next;
    private boolean exhausted;

    PackRows(Connection connection, ResultSet rows) {
      this.connection = connection;
      this.rows = rows;
    }

    @Override
    public boolean hasNext() {
      if (next < block.size()) {
        return true;
      }
      if (exhausted) {
        return false;
      }
      readBlock();
      return next < block.size();
    }

    @Override
    public PackRow next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return block.get(next++);
    }

    private void readBlock() {
      block.clear();
      next = 0;
      try {
        List<Object[]> raw = new ArrayList<>();
        while (raw.size() < FETCH && rows.next()) {
          raw.add(
              new Object[] {
                rows.getLong(2),
                rows.getString(3),
                rows.getString(4),
                rows.getInt(5) == 1,
                rows.getTimestamp(7),
                rows.getTimestamp(8),
                rows.getLong(9),
                rows.getString(10),
                rows.getString(11),
                rows.getTimestamp(12),
                rows.getString(13),
                rows.getString(14),
                rows.getTimestamp(15),
                rows.getString(16)
              });
        }
        if (raw.size() < FETCH) {
          exhausted = true;
        }
        Map<Long, String> situations = situations(raw.stream().map(r -> (Long) r[0]).toList());
        for (Object[] r : raw) {
          String code = (String) r[2];
          InseeCode insee = code.matches(InseeCode.PATTERN) ? new InseeCode(code) : null;
          block.add(
              new PackRow(
                  (String) r[1],
                  (String) r[2],
                  insee == null ? (String) r[2] : Territory.communeName(insee),
                  (Boolean) r[3],
                  situations.getOrDefault((Long) r[0], ""),
                  new fr.packnum.workshop.entity.AssetTag((Long) r[6]).value(),
                  (String) r[7],
                  (String) r[8],
                  (String) r[13],
                  supportStatus((String) r[10], (String) r[11]),
                  day((Timestamp) r[4]),
                  day((Timestamp) r[5]),
                  day((Timestamp) r[9]),
                  day((Timestamp) r[12])));
        }
      } catch (SQLException failure) {
        throw new IllegalStateException("Statement packs not read", failure);
      }
    }

    private Map<Long, String> situations(List<Long> households) throws SQLException {
      Map<Long, String> situations = new HashMap<>();
      if (households.isEmpty()) {
        return situations;
      }
      List<Long> distinct = households.stream().distinct().toList();
      try (PreparedStatement query =
          connection.prepareStatement(
              "SELECT household_id, situation FROM household_situations WHERE household_id IN ("
                  + String.join(", ", java.util.Collections.nCopies(distinct.size(), "?"))
                  + ") ORDER BY household_id, situation")) {
        bind(query, new ArrayList<>(distinct));
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            situations.merge(rows.getLong(1), rows.getString(2), (a, b) -> a + ", " + b);
          }
        }
      }
      return situations;
    }
  }

  /** "En accompagnement", or how the follow-up ended; "" before any plan (an older pack). */
  static String supportStatus(String planStatus, String outcome) {
    if (planStatus == null) {
      return "";
    }
    return "OPEN".equals(planStatus) ? "IN_FOLLOW_UP" : outcome == null ? "CLOSED" : outcome;
  }

  /** The figures, devices, support and billing quantities of a statement. */
  public record Totals(
      StatementFigures figures,
      List<DeviceLine> devices,
      SupportFigures support,
      Map<FundedItem, BigDecimal> quantities) {}

  /** Everything but the pack rows, read in a few aggregate queries and one light pass. */
  public Totals totals(Convention convention, LocalDate from, LocalDate to) {
    Coverage coverage = Coverage.of(convention, from, to);
    try (Connection connection = dataSource.getConnection()) {
      long packs = 0;
      long inQpv = 0;
      SortedMap<YearMonth, Long> perMonth = new TreeMap<>();
      Map<String, Long> perCommune = new HashMap<>();
      try (PreparedStatement query =
          connection.prepareStatement(
              "SELECT ho.done_at, h.insee_code, h.in_qpv " + PACKS + coverage.where())) {
        bind(query, coverage.parameters());
        query.setFetchSize(FETCH);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            packs++;
            inQpv += rows.getInt(3);
            perMonth.merge(YearMonth.from(day(rows.getTimestamp(1))), 1L, Long::sum);
            perCommune.merge(rows.getString(2), 1L, Long::sum);
          }
        }
      }
      SortedMap<String, Long> byTerritory = new TreeMap<>();
      new Territory()
          .rollUp(perCommune, fr.packnum.territory.entity.Area.Level.DEPARTEMENT)
          .forEach(area -> byTerritory.put(area.name(), area.count()));
      Map<String, Long> bySituation =
          grouped(
              connection,
              "SELECT hs.situation, COUNT(DISTINCT h.id) FROM household_situations hs"
                  + " JOIN households h ON h.id = hs.household_id"
                  + " JOIN pack_requests r ON r.household_id = h.id"
                  + " JOIN reservations rv ON rv.request_id = r.id"
                  + " JOIN handovers ho ON ho.reservation_id = rv.id"
                  + " WHERE"
                  + coverage.where()
                  + " GROUP BY hs.situation",
              coverage.parameters());
      long stillConnected =
          count(
              connection,
              "SELECT COUNT(*) "
                  + PACKS
                  + coverage.where()
                  + " AND p.outcome = 'STILL_CONNECTED_AND_USING'",
              coverage.parameters());
      long closed =
          count(
              connection,
              "SELECT COUNT(*) " + PACKS + coverage.where() + " AND p.status = 'CLOSED'",
              coverage.parameters());
      long minutes =
          count(
              connection,
              "SELECT COALESCE(SUM(se.minutes), 0) FROM support_bookings b"
                  + " JOIN support_sessions se ON se.id = b.session_id"
                  + " JOIN support_plans p ON p.id = b.plan_id"
                  + " JOIN handovers ho ON ho.id = p.handover_id"
                  + " JOIN reservations rv ON rv.id = ho.reservation_id"
                  + " JOIN pack_requests r ON r.id = rv.request_id"
                  + " JOIN households h ON h.id = r.household_id"
                  + " WHERE b.status = 'ATTENDED' AND"
                  + coverage.where(),
              coverage.parameters());
      long sessions =
          count(
              connection,
              "SELECT COUNT(DISTINCT b.session_id) FROM support_bookings b"
                  + " JOIN support_plans p ON p.id = b.plan_id"
                  + " JOIN handovers ho ON ho.id = p.handover_id"
                  + " JOIN reservations rv ON rv.id = ho.reservation_id"
                  + " JOIN pack_requests r ON r.id = rv.request_id"
                  + " JOIN households h ON h.id = r.household_id"
                  + " WHERE b.status = 'ATTENDED' AND"
                  + coverage.where(),
              coverage.parameters());
      Map<String, Long> callOutcomes =
          grouped(
              connection,
              "SELECT c.status, COUNT(*) FROM support_calls c"
                  + " JOIN support_plans p ON p.id = c.plan_id"
                  + " JOIN handovers ho ON ho.id = p.handover_id"
                  + " JOIN reservations rv ON rv.id = ho.reservation_id"
                  + " JOIN pack_requests r ON r.id = rv.request_id"
                  + " JOIN households h ON h.id = r.household_id"
                  + " WHERE c.status IN ('REACHED', 'NOT_REACHED') AND"
                  + coverage.where()
                  + " GROUP BY c.status",
              coverage.parameters());
      long calls = callOutcomes.values().stream().mapToLong(Long::longValue).sum();
      long[] vouchers = vouchers(connection, coverage);
      BigDecimal months = connectionMonths(connection, coverage, from, to);
      List<DeviceLine> devices = devices(connection, from, to);
      long refurbished = devices.stream().mapToLong(DeviceLine::refurbished).sum();
      long scrapped = devices.stream().mapToLong(DeviceLine::scrapped).sum();
      BigDecimal kg =
          devices.stream().map(DeviceLine::scrappedKg).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal hours =
          BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
      StatementFigures figures =
          new StatementFigures(
              packs,
              bySituation,
              inQpv,
              refurbished,
              scrapped,
              kg,
              hours,
              vouchers[0],
              vouchers[1],
              stillConnected,
              closed,
              perMonth,
              byTerritory);
      SupportFigures support =
          new SupportFigures(sessions, hours, calls, callOutcomes, vouchers[0], vouchers[1]);
      Map<FundedItem, BigDecimal> quantities = new EnumMap<>(FundedItem.class);
      quantities.put(FundedItem.PACK_DELIVERED, BigDecimal.valueOf(packs));
      quantities.put(FundedItem.DEVICE_REFURBISHED, BigDecimal.valueOf(packs));
      quantities.put(FundedItem.SUPPORT_HOUR, hours);
      quantities.put(FundedItem.CONNECTION_MONTH, months);
      quantities.put(FundedItem.VOUCHER, BigDecimal.valueOf(vouchers[0]));
      return new Totals(figures, devices, support, quantities);
    } catch (SQLException failure) {
      throw new IllegalStateException("Statement figures not read", failure);
    }
  }

  /** Vouchers issued to the covered households, and of those redeemed. */
  private static long[] vouchers(Connection connection, Coverage coverage) throws SQLException {
    Map<String, Long> byStatus =
        grouped(
            connection,
            "SELECT v.status, COUNT(*) FROM support_vouchers v"
                + " JOIN support_plans p ON p.id = v.plan_id"
                + " JOIN handovers ho ON ho.id = p.handover_id"
                + " JOIN reservations rv ON rv.id = ho.reservation_id"
                + " JOIN pack_requests r ON r.id = rv.request_id"
                + " JOIN households h ON h.id = r.household_id"
                + " WHERE"
                + coverage.where()
                + " GROUP BY v.status",
            coverage.parameters());
    long redeemed = byStatus.getOrDefault("REDEEMED", 0L);
    return new long[] {byStatus.getOrDefault("ISSUED", 0L) + redeemed, redeemed};
  }

  /** Months of internet line of the covered packs inside the period, to the day (30-day months). */
  private static BigDecimal connectionMonths(
      Connection connection, Coverage coverage, LocalDate from, LocalDate to) throws SQLException {
    long days = 0;
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT s.active_from, s.ended_on FROM connectivity_subscriptions s"
                + " JOIN pack_requests r ON r.id = s.request_id"
                + " JOIN households h ON h.id = r.household_id"
                + " JOIN reservations rv ON rv.request_id = r.id"
                + " JOIN handovers ho ON ho.reservation_id = rv.id"
                + " WHERE s.active_from IS NOT NULL AND "
                + coverage.anyTime().sql())) {
      bind(query, coverage.anyTime().parameters());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          LocalDate start = max(rows.getDate(1).toLocalDate(), from);
          Date ended = rows.getDate(2);
          LocalDate end = min(ended == null ? to.plusDays(1) : ended.toLocalDate(), to.plusDays(1));
          days += Math.max(0, ChronoUnit.DAYS.between(start, end));
        }
      }
    }
    return BigDecimal.valueOf(days).divide(BigDecimal.valueOf(30), 2, RoundingMode.HALF_UP);
  }

  /**
   * The workshop's activity in the period, by donor: devices received, READY, DELIVERED, scrapped.
   */
  private static List<DeviceLine> devices(Connection connection, LocalDate from, LocalDate to)
      throws SQLException {
    Map<String, long[]> counts = new TreeMap<>();
    Map<String, BigDecimal> kg = new HashMap<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT dn.name, e.to_status, COUNT(*), SUM(CASE WHEN e.to_status = 'SCRAPPED'"
                + " THEN d.scrap_weight_kg ELSE 0 END)"
                + " FROM device_events e JOIN devices d ON d.id = e.device_id"
                + " JOIN donations don ON don.id = d.donation_id"
                + " JOIN donors dn ON dn.id = don.donor_id"
                + " WHERE e.occurred_at >= ? AND e.occurred_at < ?"
                + " AND e.to_status IN ('RECEIVED', 'READY', 'DELIVERED', 'SCRAPPED')"
                + " GROUP BY dn.name, e.to_status")) {
      bind(query, List.of(utc(from), utc(to.plusDays(1))));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          long[] line = counts.computeIfAbsent(rows.getString(1), k -> new long[4]);
          int column =
              switch (rows.getString(2)) {
                case "RECEIVED" -> 0;
                case "READY" -> 1;
                case "DELIVERED" -> 2;
                default -> 3;
              };
          line[column] += rows.getLong(3);
          if (column == 3 && rows.getBigDecimal(4) != null) {
            kg.merge(rows.getString(1), rows.getBigDecimal(4), BigDecimal::add);
          }
        }
      }
    }
    List<DeviceLine> lines = new ArrayList<>();
    counts.forEach(
        (donor, c) ->
            lines.add(
                new DeviceLine(
                    donor, c[0], c[1], c[2], c[3], kg.getOrDefault(donor, BigDecimal.ZERO))));
    return lines;
  }

  private static Map<String, Long> grouped(
      Connection connection, String sql, List<Object> parameters) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      bind(query, parameters);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          counts.put(rows.getString(1), rows.getLong(2));
        }
      }
    }
    return counts;
  }

  private static long count(Connection connection, String sql, List<Object> parameters)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      bind(query, parameters);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static void bind(PreparedStatement query, List<Object> parameters) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      query.setObject(i + 1, parameters.get(i));
    }
  }

  static Timestamp utc(LocalDate parisDay) {
    Instant start = parisDay.atStartOfDay(FrenchCalendar.ZONE).toInstant();
    return Timestamp.valueOf(LocalDateTime.ofInstant(start, ZoneOffset.UTC));
  }

  private static LocalDate day(Timestamp utc) {
    return utc == null
        ? null
        : FrenchCalendar.dayOf(utc.toLocalDateTime().toInstant(ZoneOffset.UTC));
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
