package fr.packnum.workshop.control;

import fr.packnum.workshop.entity.ErasureCertificate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Issued erasure certificates, found by their verification code. */
@ApplicationScoped
public class CertificateStore {

  @PersistenceContext EntityManager em;

  public void add(ErasureCertificate certificate) {
    em.persist(certificate);
    em.flush();
  }

  public ErasureCertificate byCode(String code) {
    String normalised = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
    return em.createQuery(
            "select c from ErasureCertificate c where c.code = :code", ErasureCertificate.class)
        .setParameter("code", normalised)
        .getResultStream()
        .findFirst()
        .orElseThrow(CertificateNotFound::new);
  }
}
