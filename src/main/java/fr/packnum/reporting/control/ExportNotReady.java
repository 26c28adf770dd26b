package fr.packnum.reporting.control;

import fr.packnum.platform.control.ProblemException;

/** The export's file is not there yet (still running) or will not be (failed). */
public class ExportNotReady extends ProblemException {

  public ExportNotReady() {
    super(409, "export-not-ready");
  }
}
