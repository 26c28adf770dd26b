package fr.packnum.support.entity;

import fr.packnum.platform.control.ProblemException;

/** Every seat of the session is taken. */
public class SessionFull extends ProblemException {

  public SessionFull(int capacity) {
    super(409, "session-full", capacity);
  }
}
