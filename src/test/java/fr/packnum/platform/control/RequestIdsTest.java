package fr.packnum.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class RequestIdsTest {

  @AfterEach
  void end() {
    RequestIds.end();
  }

  @Test
  void keepsAWellFormedCallerIdAndReplacesAnythingElse() {
    assertThat(RequestIds.of("lb-7f3a.42:1")).isEqualTo("lb-7f3a.42:1");
    assertThat(RequestIds.of("a b")).isNotEqualTo("a b").hasSize(36);
    assertThat(RequestIds.of("x".repeat(65))).hasSize(36);
    assertThat(RequestIds.of("")).hasSize(36);
    assertThat(RequestIds.of(null)).hasSize(36);
    assertThat(RequestIds.of("\"}{\"requestId\":\"forged")).hasSize(36);
  }

  @Test
  void addsTheIdAsAMapParameterAfterTheMessageParametersOnce() {
    RequestIds.begin("r-1");
    LogRecord record = new LogRecord(Level.INFO, "Export job {0} done: {1} rows");
    record.setParameters(new Object[] {7L, 12L});
    assertThat(RequestIds.LOG_FIELD.isLoggable(record)).isTrue();
    assertThat(RequestIds.LOG_FIELD.isLoggable(record)).isTrue();
    assertThat(record.getParameters()).hasSize(3).startsWith(7L, 12L);
    assertThat((Map<Object, Object>) record.getParameters()[2])
        .containsExactly(Map.entry("requestId", "r-1"));
  }

  @Test
  void aRecordWithoutParametersGetsTheIdAlone() {
    RequestIds.begin("r-2");
    LogRecord record = new LogRecord(Level.INFO, "Sample data loaded");
    RequestIds.LOG_FIELD.isLoggable(record);
    assertThat((Map<Object, Object>) record.getParameters()[0]).containsEntry("requestId", "r-2");
  }

  @Test
  void outsideARequestRecordsAreLeftAlone() {
    LogRecord record = new LogRecord(Level.INFO, "Reservations expired tonight: {0}");
    record.setParameters(new Object[] {3});
    assertThat(RequestIds.LOG_FIELD.isLoggable(record)).isTrue();
    assertThat(record.getParameters()).containsExactly(3);
  }
}
