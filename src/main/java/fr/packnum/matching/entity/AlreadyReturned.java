package fr.packnum.matching.entity;

import fr.packnum.platform.control.ProblemException;

/** The device of this hand-over was already brought back. */
public class AlreadyReturned extends ProblemException {

  public AlreadyReturned() {
    super(409, "already-returned");
  }
}
