package fr.packnum.workshop.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.workshop.control.InventoryStorage.Drive;
import fr.packnum.workshop.entity.StorageKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryStorageTest {

  @Test
  void aDriveWrittenAsKindSizeAndUnitInEitherOrder() {
    assertThat(InventoryStorage.parse("SSD 256 Go")).containsExactly(ssd(256));
    assertThat(InventoryStorage.parse("512Go NVMe"))
        .containsExactly(new Drive(StorageKind.NVME, 512));
    assertThat(InventoryStorage.parse("HDD 500GB")).containsExactly(hdd(500));
    assertThat(InventoryStorage.parse("256 GB SSD")).containsExactly(ssd(256));
    assertThat(InventoryStorage.parse("1TB HDD")).containsExactly(hdd(1000));
    assertThat(InventoryStorage.parse("disque dur 320 Go")).containsExactly(hdd(320));
    assertThat(InventoryStorage.parse("SSD M.2 NVMe 1 To"))
        .containsExactly(new Drive(StorageKind.NVME, 1000));
    assertThat(InventoryStorage.parse("eMMC 64 Go"))
        .containsExactly(new Drive(StorageKind.EMMC, 64));
  }

  @Test
  void aSizeAloneOrAKindAloneLeavesTheOtherUnknown() {
    assertThat(InventoryStorage.parse("256")).containsExactly(new Drive(null, 256));
    // a terabyte is 1000 gigabytes, as drives are sold and inventories count
    assertThat(InventoryStorage.parse("1 To")).containsExactly(new Drive(null, 1000));
    assertThat(InventoryStorage.parse("1,5 To")).containsExactly(new Drive(null, 1500));
    assertThat(InventoryStorage.parse("SSD")).containsExactly(new Drive(StorageKind.SSD, null));
  }

  @Test
  void severalDrivesInOneCell() {
    assertThat(InventoryStorage.parse("SSD 256 Go + HDD 1 To"))
        .containsExactly(ssd(256), hdd(1000));
    assertThat(InventoryStorage.parse("2 x 500 Go"))
        .containsExactly(new Drive(null, 500), new Drive(null, 500));
    assertThat(InventoryStorage.parse("2x SSD 256Go")).containsExactly(ssd(256), ssd(256));
    assertThat(InventoryStorage.parse("SSD 128 Go / HDD 500 Go"))
        .containsExactly(ssd(128), hdd(500));
    assertThat(InventoryStorage.parse("SSD 128 Go; HDD 500 Go"))
        .containsExactly(ssd(128), hdd(500));
    assertThat(InventoryStorage.parse("SSD 128 Go, HDD 1,5 To"))
        .containsExactly(ssd(128), hdd(1500));
  }

  @Test
  void rubbishIsRefused() {
    for (String rubbish :
        List.of(
            "beaucoup",
            "512 Mo",
            "SSD 256 Go HDD 1 To",
            "SSD HDD",
            "SSD 256 Go +",
            "256,5 Go",
            "grand disque",
            "99 x 1 To",
            "200 To")) {
      assertThat(InventoryStorage.parse(rubbish)).as(rubbish).isNull();
    }
  }

  private static Drive ssd(int gb) {
    return new Drive(StorageKind.SSD, gb);
  }

  private static Drive hdd(int gb) {
    return new Drive(StorageKind.HDD, gb);
  }
}
