package fr.packnum.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Yes/no columns are {@code SMALLINT} 0/1. EclipseLink binds a Boolean query parameter as an
 * integer on Derby, which refuses to compare it with a {@code BOOLEAN} column; 0/1 reads the same
 * on Derby and PostgreSQL, in inserts and in queries.
 */
@Converter
public class FlagConverter implements AttributeConverter<Boolean, Integer> {

  @Override
  public Integer convertToDatabaseColumn(Boolean flag) {
    return flag == null ? null : flag ? 1 : 0;
  }

  @Override
  public Boolean convertToEntityAttribute(Integer stored) {
    return stored == null ? null : stored != 0;
  }
}
