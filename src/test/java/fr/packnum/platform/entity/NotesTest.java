package fr.packnum.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotesTest {

  @Test
  void notesAreTrimmedAndBlankMeansNone() {
    assertThat(Notes.normalise("  carte mère HS \n")).isEqualTo("carte mère HS");
    assertThat(Notes.normalise(null)).isNull();
    assertThat(Notes.normalise("")).isNull();
    assertThat(Notes.normalise(" \t\n")).isNull();
  }

  @Test
  void aThousandCharactersAreKeptWholeAndMoreAreCutWithAnEllipsis() {
    String thousand = "n".repeat(Notes.MAX_LENGTH);

    assertThat(Notes.MAX_LENGTH).isEqualTo(1000);
    assertThat(Notes.normalise(thousand)).isEqualTo(thousand);
    assertThat(Notes.normalise(thousand + "x"))
        .hasSize(Notes.MAX_LENGTH)
        .endsWith("n…")
        .doesNotContain("x");
  }

  @Test
  void theLengthIsCountedAfterTrimming() {
    String thousand = "n".repeat(Notes.MAX_LENGTH);

    assertThat(Notes.normalise("   " + thousand + "   ")).isEqualTo(thousand);
  }
}
