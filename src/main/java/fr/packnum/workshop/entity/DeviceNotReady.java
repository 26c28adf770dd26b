package fr.packnum.workshop.entity;

import fr.packnum.platform.control.ProblemException;
import java.util.List;

/**
 * READY refused: each missing requirement is one entry, named after what is missing ({@code
 * erasure}, {@code functionalTest}, {@code operatingSystem}, {@code grade}).
 */
public class DeviceNotReady extends ProblemException {

  private final List<FieldKey> missing;

  public DeviceNotReady(List<FieldKey> missing) {
    super(409, "device-not-ready", missing, missing.size());
    this.missing = List.copyOf(missing);
  }

  public List<FieldKey> missing() {
    return missing;
  }
}
