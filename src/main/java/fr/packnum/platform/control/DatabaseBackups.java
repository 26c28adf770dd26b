package fr.packnum.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Online backups of the embedded Derby database, taken by the running server: Derby admits one JVM,
 * so nothing outside PackNum may copy its files while it runs. {@code
 * SYSCS_UTIL.SYSCS_BACKUP_DATABASE} copies a consistent image of the database while writes go on
 * (transactions committed before the copy's end are in it, the others not). Each backup is a
 * directory {@code packnum-<UTC time>} of the backup directory ({@code PACKNUM_BACKUP_DIR}, by
 * default {@code <data dir>/backups}) holding the database directory {@code derby}; it is written
 * under a {@code .partial} name and renamed when complete, so a listing or a copy script never sees
 * half a backup. The newest {@code PACKNUM_BACKUP_KEEP} (7) are kept. On PostgreSQL, backups are
 * {@code pg_dump}'s ({@code deployment/backup-postgres.sh}).
 */
@ApplicationScoped
public class DatabaseBackups {

  private static final Logger LOG = Logger.getLogger(DatabaseBackups.class.getName());

  static final String PREFIX = "packnum-";
  static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  static final Pattern NAME = Pattern.compile("packnum-(\\d{8}T\\d{6}Z)(-\\d+)?");

  /** The directory Derby writes into the backup, named after the database directory. */
  public static final String DATABASE = "derby";

  @Resource(lookup = "java:app/jdbc/packnum")
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "packnum.db.url")
  String url;

  @Inject
  @ConfigProperty(name = "packnum.data.dir", defaultValue = "./data")
  String dataDir;

  @Inject
  @ConfigProperty(name = "packnum.backup.dir")
  Optional<String> backupDir;

  @Inject
  @ConfigProperty(name = "packnum.backup.keep", defaultValue = "7")
  int keep;

  @Inject Clock clock;

  private final ReentrantLock running = new ReentrantLock();

  /** One backup: its directory name, where it is, its size on disk and when it was taken. */
  public record Backup(String name, Path path, long sizeBytes, Instant takenAt) {}

  /** Whether this server can back its database up: embedded Derby in files. */
  public boolean available() {
    return available(url);
  }

  static boolean available(String url) {
    return url != null
        && url.startsWith("jdbc:derby:")
        && !url.startsWith("jdbc:derby:memory:")
        && !url.startsWith("jdbc:derby://");
  }

  /** Where backups go. */
  public Path directory() {
    return backupDir
        .filter(dir -> !dir.isBlank())
        .map(Path::of)
        .orElseGet(() -> Path.of(dataDir).resolve("backups"))
        .toAbsolutePath()
        .normalize();
  }

  /**
   * Takes a backup now, while the server goes on answering; one at a time. Outside any transaction:
   * Derby backs up from a connection with nothing pending.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Backup take() {
    if (!available()) {
      throw new BackupUnavailable();
    }
    if (!running.tryLock()) {
      throw new BackupInProgress();
    }
    try {
      Instant started = clock.instant();
      Path directory = createDirectory(directory());
      String name = freeName(directory, PREFIX + STAMP.format(started));
      Path partial = directory.resolve("." + name + ".partial");
      deleteTree(partial);
      try (Connection connection = dataSource.getConnection();
          CallableStatement backup =
              connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
        backup.setString(1, partial.toString());
        backup.execute();
      } catch (SQLException e) {
        LOG.warning(
            () ->
                "Backup into " + directory + " failed: " + e.getSQLState() + " " + e.getMessage());
        deleteTree(partial);
        throw new BackupFailed();
      }
      Path done = directory.resolve(name);
      Files.move(partial, done, StandardCopyOption.ATOMIC_MOVE);
      Backup backup = describe(done);
      LOG.info(
          () ->
              "Backup "
                  + backup.path()
                  + " taken in "
                  + (clock.millis() - started.toEpochMilli())
                  + " ms, "
                  + backup.sizeBytes()
                  + " bytes");
      prune(directory);
      return backup;
    } catch (IOException e) {
      LOG.warning(() -> "Backup failed: " + e);
      throw new BackupFailed();
    } finally {
      running.unlock();
    }
  }

  /** The complete backups of the backup directory, newest first. */
  public List<Backup> list() {
    Path directory = directory();
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(directory)) {
      List<Backup> backups = new ArrayList<>();
      for (Path entry :
          entries
              .filter(Files::isDirectory)
              .filter(p -> NAME.matcher(p.getFileName().toString()).matches())
              .toList()) {
        backups.add(describe(entry));
      }
      backups.sort(Comparator.comparing(Backup::takenAt).thenComparing(Backup::name).reversed());
      return backups;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void prune(Path directory) throws IOException {
    List<Backup> backups = list();
    for (Backup old :
        backups.subList(Math.min(Math.max(keep, 1), backups.size()), backups.size())) {
      deleteTree(old.path());
      LOG.info(() -> "Backup " + old.path() + " removed (PACKNUM_BACKUP_KEEP=" + keep + ")");
    }
  }

  private static Path createDirectory(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      Files.createDirectories(directory);
      try {
        // Backups hold personal data: readable by the service user only.
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
      } catch (UnsupportedOperationException notPosix) {
        // left to the file system's own rules
      }
    }
    return directory;
  }

  private static String freeName(Path directory, String name) {
    String free = name;
    for (int n = 2; Files.exists(directory.resolve(free)); n++) {
      free = name + "-" + n;
    }
    return free;
  }

  static Backup describe(Path backup) throws IOException {
    var matcher = NAME.matcher(backup.getFileName().toString());
    Instant takenAt =
        matcher.matches()
            ? LocalDateTime.parse(matcher.group(1), STAMP).toInstant(ZoneOffset.UTC)
            : Files.getLastModifiedTime(backup).toInstant();
    long size;
    try (Stream<Path> files = Files.walk(backup)) {
      size =
          files
              .filter(Files::isRegularFile)
              .mapToLong(
                  file -> {
                    try {
                      return Files.size(file);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  })
              .sum();
    }
    return new Backup(backup.getFileName().toString(), backup, size, takenAt);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException failure)
              throws IOException {
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
