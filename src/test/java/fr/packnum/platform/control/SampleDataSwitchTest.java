package fr.packnum.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SampleDataSwitchTest {

  private static final String DATA_DIR = "./data";
  private static final String EMBEDDED = "jdbc:derby:./data/derby;create=true";
  private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/packnum";

  @Test
  void onForTheOneCommandRunOnEmbeddedDerbyInTheDataDirectory() {
    assertThat(SampleDataSwitch.embeddedUrl(DATA_DIR)).isEqualTo(EMBEDDED);
    assertThat(SampleDataSwitch.on(Optional.empty(), EMBEDDED, DATA_DIR)).isTrue();
  }

  @Test
  void offByDefaultWhenTheDatabaseIsAnotherOne() {
    assertThat(SampleDataSwitch.on(Optional.empty(), POSTGRES, DATA_DIR)).isFalse();
    assertThat(SampleDataSwitch.on(Optional.empty(), "jdbc:derby://db:1527/packnum", DATA_DIR))
        .isFalse();
    assertThat(SampleDataSwitch.on(Optional.of(" "), POSTGRES, DATA_DIR)).isFalse();
  }

  @Test
  void anotherDataDirectoryStillCountsAsTheOneCommandRun() {
    assertThat(
            SampleDataSwitch.on(
                Optional.empty(),
                "jdbc:derby:/var/lib/packnum/derby;create=true",
                "/var/lib/packnum"))
        .isTrue();
  }

  @Test
  void trueTurnsItOnForAnyDatabase() {
    assertThat(SampleDataSwitch.on(Optional.of("true"), POSTGRES, DATA_DIR)).isTrue();
    assertThat(SampleDataSwitch.on(Optional.of("TRUE"), POSTGRES, DATA_DIR)).isTrue();
  }

  @Test
  void falseTurnsItOffEverywhereEvenOnEmbeddedDerby() {
    assertThat(SampleDataSwitch.on(Optional.of("false"), EMBEDDED, DATA_DIR)).isFalse();
    assertThat(SampleDataSwitch.on(Optional.of("false"), POSTGRES, DATA_DIR)).isFalse();
  }
}
