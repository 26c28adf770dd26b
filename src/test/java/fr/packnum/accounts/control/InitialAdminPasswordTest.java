package fr.packnum.accounts.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitialAdminPasswordTest {

  @TempDir Path dataDir;

  @Test
  void writesThePasswordToAFileOnlyItsOwnerCanReadOrWrite() throws Exception {
    InitialAdminPassword file = InitialAdminPassword.in(dataDir);

    file.write("s3cret-Generated-pw");

    assertThat(file.file()).isEqualTo(dataDir.resolve("initial-admin-password"));
    assertThat(Files.readString(file.file(), StandardCharsets.UTF_8).strip())
        .isEqualTo("s3cret-Generated-pw");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.file())))
        .isEqualTo("rw-------");
  }

  @Test
  void createsTheDataDirectoryWhenMissing() throws Exception {
    InitialAdminPassword file = InitialAdminPassword.in(dataDir.resolve("fresh/data"));

    file.write("another-password");

    assertThat(Files.readString(file.file()).strip()).isEqualTo("another-password");
  }

  @Test
  void replacesAFileLeftByAnEarlierStartKeepingOwnerOnlyPermissions() throws Exception {
    Path stale = dataDir.resolve("initial-admin-password");
    Files.writeString(stale, "old");
    Files.setPosixFilePermissions(stale, PosixFilePermissions.fromString("rw-r--r--"));

    InitialAdminPassword.in(dataDir).write("new-password");

    assertThat(Files.readString(stale).strip()).isEqualTo("new-password");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stale)))
        .isEqualTo("rw-------");
  }

  @Test
  void theConsoleLineSaysWhereThePasswordIsWithoutTheFileContent() {
    InitialAdminPassword file = InitialAdminPassword.in(dataDir);
    file.write("s3cret-Generated-pw");

    String line = file.consoleLine("admin");

    assertThat(line).contains(file.file().toString()).doesNotContain("s3cret-Generated-pw");
  }

  @Test
  void removingTheFileAfterThePasswordChangeLeavesNothingBehind() {
    InitialAdminPassword file = InitialAdminPassword.in(dataDir);
    file.write("s3cret-Generated-pw");

    assertThat(file.remove()).isTrue();

    assertThat(file.file()).doesNotExist();
    assertThat(file.remove()).isFalse();
  }
}
