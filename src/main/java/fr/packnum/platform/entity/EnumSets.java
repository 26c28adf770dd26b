package fr.packnum.platform.entity;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A small set of enum values in one column, comma-separated in declaration order: "SCHOOL,HEALTH".
 * Enough for a handful of flags read with their record and never queried one by one. (Kept as a
 * plain text field: EclipseLink converts a collection-typed attribute element by element, so an
 * {@code AttributeConverter<Set<E>, String>} is not applied as a whole.)
 */
public final class EnumSets {

  private EnumSets() {}

  public static <E extends Enum<E>> String join(Set<E> values) {
    return values == null
        ? ""
        : values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  public static <E extends Enum<E>> Set<E> parse(String stored, Class<E> type) {
    EnumSet<E> values = EnumSet.noneOf(type);
    if (stored != null && !stored.isBlank()) {
      Arrays.stream(stored.split(",")).map(name -> Enum.valueOf(type, name)).forEach(values::add);
    }
    return Collections.unmodifiableSet(values);
  }
}
