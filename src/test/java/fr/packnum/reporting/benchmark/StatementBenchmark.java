package fr.packnum.reporting.benchmark;

import fr.packnum.reporting.control.BillingLine;
import fr.packnum.reporting.control.ImpactCalculator;
import fr.packnum.reporting.control.PackColumn;
import fr.packnum.reporting.control.PackRow;
import fr.packnum.reporting.control.Statement;
import fr.packnum.reporting.control.StatementCsv;
import fr.packnum.reporting.control.StatementFigures;
import fr.packnum.reporting.control.StatementHeader;
import fr.packnum.reporting.control.StatementImpact;
import fr.packnum.reporting.control.StatementWorkbook;
import fr.packnum.reporting.control.SupportFigures;
import fr.packnum.reporting.entity.VatMode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * How fast a partner statement's "Packs" sheet is written from the database, and in how much heap:
 * pack rows are loaded once into an embedded Derby database (JDBC batches, under {@code target/}),
 * then each writer reads them back through a forward-only cursor (fetch size 1,000) and writes the
 * same cells — {@link StatementWorkbook} (the whole statement: styles, quote prefixes, charts,
 * formulas), plain POI SXSSF (no styles, temporary file plain or gzipped), fastexcel, and {@link
 * StatementCsv} for reference. Peak heap is sampled every 10 ms from a daemon thread: the heap in
 * use (garbage included, so it mostly says how full the collector lets the heap get) and the heap
 * still live after each collection (what the writer actually holds). Not a test; README,
 * "Benchmarks".
 *
 * <p>{@code mvn -Preporting-benchmark test-compile exec:exec} ({@code -Dreporting.benchmark.sizes=
 * 100000,1000000} by default, under {@code -Xmx256m}).
 */
public final class StatementBenchmark {

  private static final int FETCH_SIZE = 1_000;
  private static final int BATCH = 1_000;

  private StatementBenchmark() {}

  public static void main(String[] args) throws Exception {
    int[] sizes =
        Arrays.stream((args.length > 0 ? args[0] : "100000,1000000").split(","))
            .mapToInt(s -> Integer.parseInt(s.strip()))
            .toArray();
    Path dir = Path.of(args.length > 1 ? args[1] : "target/statement-benchmark");
    Files.createDirectories(dir);
    System.setProperty("derby.stream.error.file", dir.resolve("derby.log").toString());
    int most = Arrays.stream(sizes).max().orElseThrow();
    Heap heap = new Heap();
    try (Connection db =
        DriverManager.getConnection("jdbc:derby:" + dir.resolve("db") + ";create=true")) {
      long loadStart = System.nanoTime();
      int loaded = load(db, most);
      System.out.printf(
          Locale.ROOT,
          "Derby: %,d pack rows in %s (%s)%n",
          most,
          dir.resolve("db"),
          loaded == 0
              ? "loaded before"
              : String.format(
                  Locale.ROOT, "loaded in %.1f s", (System.nanoTime() - loadStart) / 1e9));
      System.out.printf(
          Locale.ROOT,
          "JVM: %s, max heap %d MB, %d processors%n",
          Runtime.version(),
          Runtime.getRuntime().maxMemory() / (1024 * 1024),
          Runtime.getRuntime().availableProcessors());

      List<Writer> writers =
          List.of(
              new Writer("StatementWorkbook (styles, formulas)", StatementBenchmark::statement),
              new Writer("plain SXSSF, temp file gzipped", (rows, out) -> sxssf(rows, out, true)),
              new Writer("plain SXSSF, temp file plain", (rows, out) -> sxssf(rows, out, false)),
              new Writer("plain DeferredSXSSF (no temp file)", StatementBenchmark::deferred),
              new Writer("fastexcel 0.18.4 (inline strings)", StatementBenchmark::fastexcel),
              new Writer("StatementCsv (for reference)", StatementBenchmark::csv));
      // warm-up: the JIT compiles every writer's path before anything is timed
      for (Writer writer : writers) {
        run(db, writer, Math.min(20_000, most), dir, heap);
      }
      System.out.printf(
          Locale.ROOT,
          "%n%-38s %10s %8s %10s %8s %12s %12s%n",
          "writer",
          "rows",
          "s",
          "rows/s",
          "MB file",
          "peak heap MB",
          "live MB");
      for (int size : sizes) {
        for (Writer writer : writers) {
          Result result = run(db, writer, size, dir, heap);
          System.out.printf(
              Locale.ROOT,
              "%-38s %,10d %8.1f %,10.0f %8.1f %12d %12d%n",
              writer.name(),
              result.rows(),
              result.seconds(),
              result.rows() / result.seconds(),
              result.bytes() / 1e6,
              result.peakUsedMb(),
              result.peakLiveMb());
        }
        System.out.println();
      }
    } finally {
      try {
        DriverManager.getConnection("jdbc:derby:;shutdown=true");
      } catch (SQLException expected) {
        // Derby says it has shut down with an exception
      }
    }
  }

  // --- the writers ---------------------------------------------------------------------------

  interface Write {
    long write(Iterator<PackRow> rows, OutputStream out) throws IOException;
  }

  record Writer(String name, Write write) {}

  record Result(long rows, double seconds, long bytes, long peakUsedMb, long peakLiveMb) {}

  private static Result run(Connection db, Writer writer, int size, Path dir, Heap heap)
      throws Exception {
    Path file = dir.resolve("packs.out");
    System.gc();
    heap.reset();
    long start = System.nanoTime();
    long rows;
    try (PackRows packs = new PackRows(db, size);
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
      rows = writer.write().write(packs, out);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long bytes = Files.size(file);
    Files.delete(file);
    if (rows != size) {
      throw new IllegalStateException(writer.name() + " wrote " + rows + " rows of " + size);
    }
    return new Result(rows, seconds, bytes, heap.peakUsedMb(), heap.peakLiveMb());
  }

  private static long statement(Iterator<PackRow> rows, OutputStream out) throws IOException {
    return StatementWorkbook.write(STATEMENT, rows, out, done -> {});
  }

  private static long csv(Iterator<PackRow> rows, OutputStream out) throws IOException {
    return StatementCsv.write(rows, out, done -> {});
  }

  /** The same cells with plain POI streaming and no style: dates show as serial numbers. */
  private static long sxssf(Iterator<PackRow> rows, OutputStream out, boolean gzip)
      throws IOException {
    SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, gzip);
    try {
      SXSSFSheet sheet = workbook.createSheet("Packs");
      PackColumn[] columns = PackColumn.values();
      Row header = sheet.createRow(0);
      for (PackColumn column : columns) {
        header.createCell(column.ordinal()).setCellValue(column.label());
      }
      int next = 1;
      while (rows.hasNext()) {
        PackRow pack = rows.next();
        Row row = sheet.createRow(next++);
        for (PackColumn column : columns) {
          if (column.isDate()) {
            LocalDate day = column.date(pack);
            if (day != null) {
              row.createCell(column.ordinal()).setCellValue(day);
            }
          } else {
            String text = column.text(pack);
            if (text != null) {
              row.createCell(column.ordinal()).setCellValue(text);
            }
          }
        }
      }
      workbook.write(out);
      return next - 1L;
    } finally {
      workbook.dispose();
      workbook.close();
    }
  }

  /**
   * The same cells with POI's {@code DeferredSXSSFWorkbook}: the rows are generated while the zip
   * is written, straight into it, with no temporary file — which is why the column widths and the
   * filter's range would have to be known before the first row.
   */
  private static long deferred(Iterator<PackRow> rows, OutputStream out) throws IOException {
    org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook workbook =
        new org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook(100);
    long[] written = {0};
    try {
      org.apache.poi.xssf.streaming.DeferredSXSSFSheet sheet = workbook.createSheet("Packs");
      PackColumn[] columns = PackColumn.values();
      sheet.setRowGenerator(
          generated -> {
            Row header = generated.createRow(0);
            for (PackColumn column : columns) {
              header.createCell(column.ordinal()).setCellValue(column.label());
            }
            int next = 1;
            while (rows.hasNext()) {
              PackRow pack = rows.next();
              Row row = generated.createRow(next++);
              for (PackColumn column : columns) {
                if (column.isDate()) {
                  LocalDate day = column.date(pack);
                  if (day != null) {
                    row.createCell(column.ordinal()).setCellValue(day);
                  }
                } else {
                  String text = column.text(pack);
                  if (text != null) {
                    row.createCell(column.ordinal()).setCellValue(text);
                  }
                }
              }
            }
            written[0] = next - 1L;
          });
      workbook.write(out);
      return written[0];
    } finally {
      workbook.dispose();
      workbook.close();
    }
  }

  /**
   * The same cells with fastexcel. Its {@code value(String)} keeps every distinct string in a
   * shared table in memory (two million for a million packs, each with its reference and tag), so
   * texts go inline as with SXSSF; rows are flushed every 1,000.
   */
  private static long fastexcel(Iterator<PackRow> rows, OutputStream out) throws IOException {
    org.dhatim.fastexcel.Workbook workbook =
        new org.dhatim.fastexcel.Workbook(out, "PackNum", "1.0");
    org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("Packs");
    PackColumn[] columns = PackColumn.values();
    for (PackColumn column : columns) {
      sheet.inlineString(0, column.ordinal(), column.label());
    }
    int next = 1;
    while (rows.hasNext()) {
      PackRow pack = rows.next();
      for (PackColumn column : columns) {
        if (column.isDate()) {
          LocalDate day = column.date(pack);
          if (day != null) {
            sheet.value(next, column.ordinal(), day);
          }
        } else {
          String text = column.text(pack);
          if (text != null) {
            sheet.inlineString(next, column.ordinal(), text);
          }
        }
      }
      next++;
      if (next % 1_000 == 0) {
        sheet.flush();
      }
    }
    workbook.finish();
    return next - 1L;
  }

  // --- the database --------------------------------------------------------------------------

  private static final String COLUMNS =
      "id, household_reference, insee_code, commune, in_qpv, situations, device_tag,"
          + " device_type, grade, offer_kind, support_status, requested_on, decided_on,"
          + " handed_over_on, last_follow_up_on";

  /** Loads {@code count} rows unless they are there already; answers how many it loaded. */
  private static int load(Connection db, int count) throws SQLException {
    try (var statement = db.createStatement()) {
      try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM benchmark_pack_rows")) {
        rows.next();
        if (rows.getInt(1) == count) {
          return 0;
        }
      } catch (SQLException noTable) {
        // first run
      }
      try {
        statement.execute("DROP TABLE benchmark_pack_rows");
      } catch (SQLException noTable) {
        // first run
      }
      statement.execute(
          "CREATE TABLE benchmark_pack_rows (id INT PRIMARY KEY,"
              + " household_reference VARCHAR(32), insee_code CHAR(5), commune VARCHAR(64),"
              + " in_qpv SMALLINT, situations VARCHAR(64), device_tag VARCHAR(16),"
              + " device_type VARCHAR(16), grade CHAR(1), offer_kind VARCHAR(16),"
              + " support_status VARCHAR(16), requested_on DATE, decided_on DATE,"
              + " handed_over_on DATE, last_follow_up_on DATE)");
    }
    db.setAutoCommit(false);
    String[] communes = {"Rennes", "Saint-Jacques-de-la-Lande", "Cesson-Sévigné", "Bruz"};
    String[] codes = {"35238", "35281", "35051", "35047"};
    String[] situations = {"RSA", "RSA, CSS", "AAH", "ASPA, CSS", "boursier", "CEJ"};
    String[] offers = {"Box fixe", "Box 4G", "Carte SIM", "Recharge"};
    String[] types = {"Portable", "Fixe", "Tablette", "Smartphone"};
    LocalDate first = LocalDate.of(2025, 1, 1);
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO benchmark_pack_rows ("
                + COLUMNS
                + ") VALUES ("
                + "?,".repeat(14)
                + "?)")) {
      for (int i = 0; i < count; i++) {
        LocalDate requested = first.plusDays(i % 700);
        insert.setInt(1, i);
        // one reference in 500 is hostile, as an imported file may be
        insert.setString(2, i % 500 == 0 ? "=HYPERLINK(\"http://x\",\"" + i + "\")" : "F-" + i);
        insert.setString(3, codes[i % 4]);
        insert.setString(4, communes[i % 4]);
        insert.setInt(5, i % 3 == 0 ? 1 : 0);
        insert.setString(6, situations[i % situations.length]);
        insert.setString(7, "PN-" + (1_000_000 + i));
        insert.setString(8, types[i % 4]);
        insert.setString(9, String.valueOf((char) ('A' + i % 3)));
        if (i % 5 == 0) {
          insert.setNull(10, Types.VARCHAR);
        } else {
          insert.setString(10, offers[i % 4]);
        }
        insert.setString(11, i % 7 == 0 ? "Clos" : "En suivi");
        insert.setDate(12, Date.valueOf(requested));
        insert.setDate(13, Date.valueOf(requested.plusDays(2)));
        insert.setDate(14, Date.valueOf(requested.plusDays(11)));
        if (i % 4 == 0) {
          insert.setNull(15, Types.DATE);
        } else {
          insert.setDate(15, Date.valueOf(requested.plusDays(40)));
        }
        insert.addBatch();
        if ((i + 1) % BATCH == 0) {
          insert.executeBatch();
        }
        if ((i + 1) % 50_000 == 0) {
          db.commit();
        }
      }
      insert.executeBatch();
      db.commit();
    } finally {
      db.setAutoCommit(true);
    }
    return count;
  }

  /** The first {@code limit} pack rows through a forward-only, read-only cursor. */
  private static final class PackRows implements Iterator<PackRow>, AutoCloseable {
    private final PreparedStatement query;
    private final ResultSet rows;
    private boolean ahead;
    private boolean more;

    PackRows(Connection db, int limit) throws SQLException {
      query =
          db.prepareStatement(
              "SELECT " + COLUMNS + " FROM benchmark_pack_rows WHERE id < ? ORDER BY id",
              ResultSet.TYPE_FORWARD_ONLY,
              ResultSet.CONCUR_READ_ONLY);
      query.setFetchSize(FETCH_SIZE);
      query.setInt(1, limit);
      rows = query.executeQuery();
    }

    @Override
    public boolean hasNext() {
      if (!ahead) {
        try {
          more = rows.next();
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
        ahead = true;
      }
      return more;
    }

    @Override
    public PackRow next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ahead = false;
      try {
        return new PackRow(
            rows.getString(2),
            rows.getString(3),
            rows.getString(4),
            rows.getInt(5) == 1,
            rows.getString(6),
            rows.getString(7),
            rows.getString(8),
            rows.getString(9),
            rows.getString(10),
            rows.getString(11),
            day(rows.getDate(12)),
            day(rows.getDate(13)),
            day(rows.getDate(14)),
            day(rows.getDate(15)));
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    private static LocalDate day(Date date) {
      return date == null ? null : date.toLocalDate();
    }

    @Override
    public void close() throws SQLException {
      rows.close();
      query.close();
    }
  }

  // --- heap ----------------------------------------------------------------------------------

  /** Samples the heap every 10 ms from a daemon thread. */
  private static final class Heap {
    private final List<MemoryPoolMXBean> pools = new ArrayList<>();
    private volatile long peakUsed;
    private volatile long peakLive;

    Heap() {
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          pools.add(pool);
        }
      }
      Thread sampler = new Thread(this::sample, "heap-sampler");
      sampler.setDaemon(true);
      sampler.start();
    }

    private void sample() {
      var memory = ManagementFactory.getMemoryMXBean();
      while (true) {
        long used = memory.getHeapMemoryUsage().getUsed();
        long live = 0;
        for (MemoryPoolMXBean pool : pools) {
          MemoryUsage afterGc = pool.getCollectionUsage();
          live += afterGc == null ? 0 : afterGc.getUsed();
        }
        if (used > peakUsed) {
          peakUsed = used;
        }
        if (live > peakLive) {
          peakLive = live;
        }
        try {
          Thread.sleep(10);
        } catch (InterruptedException stop) {
          return;
        }
      }
    }

    void reset() {
      peakUsed = 0;
      peakLive = 0;
    }

    long peakUsedMb() {
      return peakUsed / (1024 * 1024);
    }

    long peakLiveMb() {
      return peakLive / (1024 * 1024);
    }
  }

  // --- the statement around the pack rows ------------------------------------------------------

  private static final Statement STATEMENT = statement();

  private static Statement statement() {
    TreeMap<YearMonth, Long> months = new TreeMap<>();
    for (int m = 1; m <= 12; m++) {
      months.put(YearMonth.of(2025, m), 80_000L + m);
    }
    TreeMap<String, Long> territories = new TreeMap<>(Map.of("Rennes", 600_000L, "Bruz", 400_000L));
    return new Statement(
        new StatementHeader(
            "Fondation pour le numérique solidaire",
            "CONV-NAT-2025",
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2026, 12, 31),
            "France entière",
            Instant.parse("2027-01-05T09:00:00Z"),
            "Benchmark",
            VatMode.EXCLUDED,
            50_000_000_00L),
        new StatementFigures(
            1_000_000,
            Map.of("RSA", 400_000L, "AAH", 100_000L),
            330_000,
            1_100_000,
            90_000,
            new BigDecimal("180000.5"),
            new BigDecimal("250000"),
            300_000,
            200_000,
            150_000,
            400_000,
            months,
            territories),
        List.of(),
        new SupportFigures(
            50_000,
            new BigDecimal("250000"),
            1_600_000,
            Map.of("joint", 1_200_000L),
            300_000,
            200_000),
        List.of(
            new BillingLine("Packs remis", new BigDecimal("1000000"), 15_000),
            new BillingLine("Heures d'accompagnement", new BigDecimal("250000"), 4_000)),
        new StatementImpact(
            new ImpactCalculator(Map.of())
                .impact(
                    List.of(
                        new ImpactCalculator.Reuse(
                            fr.packnum.workshop.entity.DeviceType.LAPTOP, "35", 1_000_000)),
                    null),
            List.of(),
            "Benchmark"));
  }
}
