package fr.packnum.matching.entity;

import fr.packnum.platform.control.ProblemException;

/**
 * The tag scanned at the counter is not the device reserved for this pack: the support person is
 * about to hand over the wrong computer.
 */
public class WrongDevice extends ProblemException {

  public WrongDevice(String scanned, String expected) {
    super(
        409,
        "wrong-device",
        java.util.List.of(new FieldKey("scannedTag", "handover.wrong-device", scanned, expected)),
        scanned,
        expected);
  }
}
