package fr.packnum.workshop.control;

import fr.packnum.platform.control.ProblemException;

/** The asset tag is malformed or its check character is wrong: it was mistyped. */
public class TagMistyped extends ProblemException {

  public TagMistyped() {
    super(400, "tag-mistyped");
  }
}
