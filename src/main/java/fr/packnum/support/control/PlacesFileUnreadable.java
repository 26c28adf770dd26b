package fr.packnum.support.control;

import fr.packnum.platform.control.ProblemException;
import java.util.List;

/**
 * The file is not a CSV of the standard at all (no header naming its columns, empty, garbled): the
 * reason is its field error on "file".
 */
public class PlacesFileUnreadable extends ProblemException {

  PlacesFileUnreadable(String key, Object... args) {
    super(422, "support-places-file-unreadable", List.of(new FieldKey("file", key, args)));
  }
}
