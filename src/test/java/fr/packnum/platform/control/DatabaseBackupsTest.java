package fr.packnum.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseBackupsTest {

  @Test
  void onlyEmbeddedDerbyInFilesIsBackedUpByPackNum() {
    assertThat(DatabaseBackups.available("jdbc:derby:./data/derby;create=true")).isTrue();
    assertThat(DatabaseBackups.available("jdbc:derby:/var/lib/packnum/derby")).isTrue();
    assertThat(DatabaseBackups.available("jdbc:derby:memory:packnum-it;create=true")).isFalse();
    assertThat(DatabaseBackups.available("jdbc:derby://db:1527/packnum")).isFalse();
    assertThat(DatabaseBackups.available("jdbc:postgresql://127.0.0.1:5432/packnum")).isFalse();
    assertThat(DatabaseBackups.available(null)).isFalse();
  }

  @Test
  void aBackupIsDescribedByItsNameAndTheSizeOfItsFiles(@TempDir Path dir) throws Exception {
    Path backup = dir.resolve("packnum-20261204T013000Z");
    Files.createDirectories(backup.resolve("derby/seg0"));
    Files.write(backup.resolve("derby/service.properties"), new byte[100]);
    Files.write(backup.resolve("derby/seg0/c10.dat"), new byte[4096]);

    DatabaseBackups.Backup described = DatabaseBackups.describe(backup);

    assertThat(described.name()).isEqualTo("packnum-20261204T013000Z");
    assertThat(described.takenAt()).isEqualTo(Instant.parse("2026-12-04T01:30:00Z"));
    assertThat(described.sizeBytes()).isEqualTo(4196);
    assertThat(DatabaseBackups.NAME.matcher("packnum-20261204T013000Z-2").matches()).isTrue();
    assertThat(DatabaseBackups.NAME.matcher(".packnum-20261204T013000Z.partial").matches())
        .isFalse();
  }
}
