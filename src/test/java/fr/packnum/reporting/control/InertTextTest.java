package fr.packnum.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InertTextTest {

  @Test
  void textsAFormulaCouldStartWithAreDangerous() {
    for (String text : new String[] {"=1+2", "+33 6", "-5", "@SUM(A1)", "\t=1", "\r=1", "\n=1"}) {
      assertThat(InertText.dangerous(text)).as(text).isTrue();
      assertThat(InertText.forCsv(text)).as(text).isEqualTo("'" + text);
    }
  }

  @Test
  void otherTextsAreLeftAlone() {
    for (String text : new String[] {"Rennes", "a;=1+2", " =1", "Zoé", "'quoted", "35238", ""}) {
      assertThat(InertText.dangerous(text)).as(text).isFalse();
      assertThat(InertText.forCsv(text)).as(text).isEqualTo(text);
    }
    assertThat(InertText.dangerous(null)).isFalse();
    assertThat(InertText.forCsv(null)).isEmpty();
  }
}
