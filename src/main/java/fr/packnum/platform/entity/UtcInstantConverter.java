package fr.packnum.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores every {@link Instant} as its UTC wall-clock time in a plain {@code TIMESTAMP} column, the
 * one timestamp type Derby and PostgreSQL share. {@code Timestamp.valueOf} and {@code
 * toLocalDateTime} convert symmetrically, so the server's time zone never takes part and instances
 * in different zones read the same instant. (Payara's EclipseLink does not map {@code Instant} by
 * itself, and hands aggregates such as {@code min(...)} over as {@code Timestamp}.)
 */
@Converter(autoApply = true)
public class UtcInstantConverter implements AttributeConverter<Instant, Timestamp> {

  @Override
  public Timestamp convertToDatabaseColumn(Instant instant) {
    return instant == null
        ? null
        : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  @Override
  public Instant convertToEntityAttribute(Timestamp stored) {
    return stored == null ? null : stored.toLocalDateTime().toInstant(ZoneOffset.UTC);
  }
}
