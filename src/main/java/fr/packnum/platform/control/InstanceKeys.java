package fr.packnum.platform.control;

import fr.packnum.platform.entity.InstanceKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.logging.Logger;

/** Secrets PackNum generates for itself when none is configured, shared by every instance. */
@ApplicationScoped
public class InstanceKeys {

  private static final Logger LOG = Logger.getLogger(InstanceKeys.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /**
   * The stored 256-bit secret named {@code name} (Base64), generated on first use. Two instances
   * generating at once: one insert wins, the other fails and its caller reads the winner's.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public String getOrCreate(String name) {
    InstanceKey key = em.find(InstanceKey.class, name);
    if (key != null) {
      return key.secret();
    }
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    String encoded = Base64.getEncoder().encodeToString(secret);
    em.persist(new InstanceKey(name, encoded, clock.instant()));
    em.flush();
    LOG.warning(
        () ->
            "No key configured for "
                + name
                + ": generated one and stored it in the database. Configure your own in"
                + " production (README, Configuration).");
    return encoded;
  }
}
