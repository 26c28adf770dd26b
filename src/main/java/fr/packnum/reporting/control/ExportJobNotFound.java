package fr.packnum.reporting.control;

import fr.packnum.platform.control.ProblemException;

/** No export job with this id the caller reaches. */
public class ExportJobNotFound extends ProblemException {

  public ExportJobNotFound() {
    super(404, "export-job-not-found");
  }
}
