package fr.packnum.workshop.control;

import fr.packnum.platform.control.ProblemException;

/** A device with this serial number is already registered. */
public class SerialAlreadyRegistered extends ProblemException {

  public SerialAlreadyRegistered() {
    super(409, "serial-registered");
  }
}
