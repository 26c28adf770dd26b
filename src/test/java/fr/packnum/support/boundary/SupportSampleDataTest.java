package fr.packnum.support.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.support.control.PlaceLines;
import fr.packnum.support.control.PlacesCsv;
import fr.packnum.territory.boundary.Territory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sample places follow the standard: a refused one would stop the demonstration's start. */
class SupportSampleDataTest {

  @Test
  void everySamplePlaceIsALineOfTheStandard() {
    PlaceLines lines = new PlaceLines(new Territory());
    List<PlaceLines.Checked> checked = new ArrayList<>();
    PlacesCsv.read(
        SupportSampleData.file().getBytes(StandardCharsets.UTF_8),
        new PlacesCsv.Lines() {
          @Override
          public void line(int number, Map<String, String> cells) {
            checked.add(lines.check(number, cells));
          }

          @Override
          public void refused(PlaceLines.Refusal refusal) {
            checked.add(new PlaceLines.Checked(refusal.line(), null, List.of(refusal)));
          }
        });
    assertThat(checked).hasSize(4).allSatisfy(c -> assertThat(c.refusals()).isEmpty());
  }
}
