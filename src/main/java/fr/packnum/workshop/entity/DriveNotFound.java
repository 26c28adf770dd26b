package fr.packnum.workshop.entity;

import fr.packnum.platform.control.ProblemException;
import java.util.List;

/** No drive with this serial number in the device. */
public class DriveNotFound extends ProblemException {

  public DriveNotFound(String serial) {
    super(404, "drive-not-found", List.of(new FieldKey("driveSerial", "field.drive-not-found")));
  }
}
