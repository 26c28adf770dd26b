package fr.packnum.accounts.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The generated first administrator password, kept in a file of the data directory that only its
 * owner can read (as Jenkins does with {@code initialAdminPassword}) instead of a log line that
 * journald or a log file would keep. The file is created with owner-only permissions in one step
 * (never widened then narrowed), and removed once the administrator has changed the password.
 */
public final class InitialAdminPassword {

  public static final String FILE_NAME = "initial-admin-password";

  private final Path file;

  private InitialAdminPassword(Path file) {
    this.file = file;
  }

  /** The password file of the data directory {@code dataDir} ({@code PACKNUM_DATA_DIR}). */
  public static InitialAdminPassword in(Path dataDir) {
    return new InitialAdminPassword(dataDir.toAbsolutePath().normalize().resolve(FILE_NAME));
  }

  public Path file() {
    return file;
  }

  /**
   * Writes {@code password} to a new file readable and writable by its owner only ({@code
   * rw-------}). A file left by an earlier start that created no administrator is replaced.
   */
  public void write(String password) {
    try {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      try (SeekableByteChannel channel =
          Files.newByteChannel(
              file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly())) {
        channel.write(ByteBuffer.wrap((password + "\n").getBytes(StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the first administrator's password file", e);
    }
  }

  /** Removes the file; {@code true} when there was one. */
  public boolean remove() {
    try {
      return Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove the first administrator's password file", e);
    }
  }

  /** What the console says: where the password is, never the password itself. */
  public String consoleLine(String username) {
    return "First administrator \""
        + username
        + "\" created. Its generated password is in "
        + file
        + " (readable by this account only; removed once the administrator has changed it)";
  }

  private static FileAttribute<?>[] ownerOnly() {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[0];
    }
    return new FileAttribute<?>[] {
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
    };
  }
}
