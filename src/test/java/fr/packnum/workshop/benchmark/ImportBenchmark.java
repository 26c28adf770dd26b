package fr.packnum.workshop.benchmark;

import fr.packnum.workshop.control.InventoryReader;
import fr.packnum.workshop.control.InventoryResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * How fast a donor's inventory is read, and in how much memory: {@link InventoryReader} (sniff,
 * stream, map and validate; rows thrown away by the sink) against a bare POI streaming read of the
 * same workbook (XSSFReader and XSSFSheetXMLHandler with a handler that does nothing). Not a test:
 * it asserts nothing and prints figures.
 *
 * <p>Run with {@code mvn -Pbenchmark test-compile exec:exec} (rows: {@code -Dbenchmark.rows=…}).
 *
 * <p>Memory is given two ways. The peak of heap in use, sampled every millisecond during each timed
 * run, counts garbage not yet collected, so it says more about the collector and the heap size than
 * about the reader. The smallest {@code -Xmx} in which a fresh JVM reads the whole file is the
 * honest bound on what the reader keeps alive.
 */
public final class ImportBenchmark {

  private static final int WARM_UPS = 2;
  private static final int RUNS = 5;
  private static final int[] HEAP_LIMITS_MB = {16, 24, 32, 48, 64, 96, 128, 256};

  private ImportBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("--once")) {
      once(args[1], Path.of(args[2])); // a child JVM of the heap-limit part below
      return;
    }
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path dir = Path.of(args.length > 1 ? args[1] : "target/benchmark");
    Files.createDirectories(dir);
    Path file = dir.resolve("donor-" + rows + ".xlsx");

    long start = System.nanoTime();
    generate(file, rows);
    print(
        "Generated %s: %,d rows, %,d bytes, in %.1f s%n",
        file, rows, Files.size(file), seconds(System.nanoTime() - start));
    print(
        "JVM %s, %d processors, max heap %,d MB%n%n",
        Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);

    measure("InventoryReader.read (sniff, stream, map, validate)", rows, () -> reader(file));
    measure("POI XSSFReader + XSSFSheetXMLHandler, no-op handler", rows, () -> plainPoi(file));

    print("%nSmallest -Xmx in which a fresh JVM reads the whole file:%n");
    for (String mode : List.of("reader", "poi")) {
      print("  %-7s %s%n", mode, smallestHeap(mode, file));
    }

    if (ServerImport.requested()) {
      Path unique = dir.resolve("donor-" + rows + "-server.xlsx");
      generate(unique, rows, ServerImport.serialPrefix());
      print("%n");
      new ServerImport(System.getProperty("benchmark.server"))
          .run(
              unique,
              rows,
              System.getProperty("benchmark.user", "technicien"),
              System.getProperty("benchmark.password", "PackNum-demo-2026"));
      ServerImport.deleteQuietly(unique);
    }
  }

  /** Times a read a few times after a warm-up; prints rows per second and sampled peak heap. */
  private static void measure(String name, int rows, Callable<Long> read) throws Exception {
    print("%s%n", name);
    for (int i = 0; i < WARM_UPS; i++) {
      read.call();
    }
    List<Double> rates = new ArrayList<>();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < RUNS; i++) {
      System.gc();
      long baseline = memory.getHeapMemoryUsage().getUsed();
      HeapSampler sampler = new HeapSampler(memory);
      sampler.start();
      long start = System.nanoTime();
      long count = read.call();
      long took = System.nanoTime() - start;
      sampler.stop();
      if (count != rows) {
        throw new IllegalStateException(name + " read " + count + " rows, not " + rows);
      }
      double rate = rows / seconds(took);
      rates.add(rate);
      print(
          "  run %d: %6.2f s  %,9.0f rows/s  peak heap used %,5d MB (%,5d MB above the %,d MB"
              + " before)%n",
          i + 1,
          seconds(took),
          rate,
          sampler.peak() >> 20,
          (sampler.peak() - baseline) >> 20,
          baseline >> 20);
    }
    Collections.sort(rates);
    print("  median: %,.0f rows/s%n%n", rates.get(RUNS / 2));
  }

  private static long reader(Path file) throws IOException {
    AtomicLong valid = new AtomicLong();
    InventoryReader.Format format = InventoryReader.sniff(file);
    InventoryResult result =
        InventoryReader.read(file, format, row -> valid.incrementAndGet(), 100);
    if (!result.ok()) {
      throw new IllegalStateException("Errors in the generated file: " + result.errors());
    }
    return valid.get();
  }

  private static long plainPoi(Path file) throws Exception {
    OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    try {
      XSSFReader reader = new XSSFReader(pkg);
      AtomicLong rows = new AtomicLong();
      XSSFSheetXMLHandler.SheetContentsHandler nothing =
          new XSSFSheetXMLHandler.SheetContentsHandler() {
            @Override
            public void startRow(int rowNum) {}

            @Override
            public void endRow(int rowNum) {
              rows.incrementAndGet();
            }

            @Override
            public void cell(String reference, String value, XSSFComment comment) {}
          };
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(
          new XSSFSheetXMLHandler(
              reader.getStylesTable(),
              new ReadOnlySharedStringsTable(pkg),
              nothing,
              new DataFormatter(),
              false));
      try (InputStream sheet = reader.getSheetsData().next()) {
        xml.parse(new InputSource(sheet));
      }
      return rows.get() - 1; // the header
    } finally {
      pkg.revert();
    }
  }

  /** Runs one read in a child JVM under growing heap limits; the first that succeeds. */
  private static String smallestHeap(String mode, Path file)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (int megabytes : HEAP_LIMITS_MB) {
      Process child =
          new ProcessBuilder(
                  java,
                  "-Xmx" + megabytes + "m",
                  "-cp",
                  System.getProperty("java.class.path"),
                  ImportBenchmark.class.getName(),
                  "--once",
                  mode,
                  file.toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!child.waitFor(10, TimeUnit.MINUTES)) {
        child.destroyForcibly();
      } else if (child.exitValue() == 0) {
        return "-Xmx" + megabytes + "m";
      }
    }
    return "more than -Xmx" + HEAP_LIMITS_MB[HEAP_LIMITS_MB.length - 1] + "m";
  }

  private static void once(String mode, Path file) throws Exception {
    long rows = mode.equals("reader") ? reader(file) : plainPoi(file);
    print("%d rows%n", rows);
  }

  /** A donor's inventory as the template shapes it, written in streaming (SXSSF). */
  static void generate(Path file, int rows) throws IOException {
    generate(file, rows, "SN");
  }

  /** The same, with serials {@code <prefix>00000001}… so that each server import is new. */
  static void generate(Path file, int rows, String serialPrefix) throws IOException {
    String[] header = {
      "Type",
      "Marque",
      "Modèle",
      "Numéro de série",
      "Processeur",
      "RAM (Go)",
      "Stockage (Go)",
      "Type de stockage",
      "N° de série du disque",
      "Écran (pouces)",
      "Batterie (%)",
      "Webcam",
      "Clavier",
      "Remarques"
    };
    String[] types = {"portable", "fixe", "tout-en-un", "tablette", "écran"};
    String[] brands = {"Dell", "HP", "Lenovo", "Apple", "Acer"};
    String[] models = {
      "Latitude 5490", "EliteBook 840 G5", "ThinkPad T480", "MacBook Air", "Aspire"
    };
    String[] cpus = {"Intel Core i5-8350U", "Intel Core i7-8650U", "AMD Ryzen 5 3500U"};
    String[] kinds = {"SSD", "HDD", "NVMe"};
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
      Sheet sheet = workbook.createSheet("Appareils");
      Row first = sheet.createRow(0);
      for (int c = 0; c < header.length; c++) {
        first.createCell(c).setCellValue(header[c]);
      }
      for (int n = 1; n <= rows; n++) {
        Row row = sheet.createRow(n);
        row.createCell(0).setCellValue(types[n % types.length]);
        row.createCell(1).setCellValue(brands[n % brands.length]);
        row.createCell(2).setCellValue(models[n % models.length]);
        row.createCell(3).setCellValue(String.format(Locale.ROOT, "%s%08d", serialPrefix, n));
        row.createCell(4).setCellValue(cpus[n % cpus.length]);
        row.createCell(5).setCellValue(4 << (n % 3));
        row.createCell(6).setCellValue(128 << (n % 4));
        row.createCell(7).setCellValue(kinds[n % kinds.length]);
        row.createCell(8).setCellValue(String.format(Locale.ROOT, "%s-D%08d", serialPrefix, n));
        row.createCell(9).setCellValue(n % 2 == 0 ? 14 : 15.6);
        row.createCell(10).setCellValue(60 + n % 41);
        row.createCell(11).setCellValue(n % 5 == 0 ? "non" : "oui");
        row.createCell(12).setCellValue("AZERTY");
        if (n % 10 == 0) {
          row.createCell(13).setCellValue("Rayure sur le capot");
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
      workbook.dispose();
    }
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static void print(String format, Object... args) {
    System.out.printf(Locale.ROOT, format, args);
  }

  /** Samples the heap in use every millisecond and keeps the highest value. */
  private static final class HeapSampler {
    private final MemoryMXBean memory;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    HeapSampler(MemoryMXBean memory) {
      this.memory = memory;
      this.thread = new Thread(this::sample, "heap-sampler");
      this.thread.setDaemon(true);
    }

    void start() {
      thread.start();
    }

    void stop() throws InterruptedException {
      running = false;
      thread.join();
    }

    long peak() {
      return peak;
    }

    private void sample() {
      while (running) {
        peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(1);
        } catch (InterruptedException stop) {
          return;
        }
      }
    }
  }
}
