package fr.packnum.workshop.control;

import fr.packnum.platform.control.ProblemException;

/** No erasure certificate has this verification code. */
public class CertificateNotFound extends ProblemException {

  public CertificateNotFound() {
    super(404, "certificate-not-found");
  }
}
