package fr.packnum.households.control;

import fr.packnum.accounts.entity.AuditEvent.Actor;
import fr.packnum.households.entity.Household;
import fr.packnum.platform.control.JobClaims;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The retention limit: a household nobody has been in contact with for 24 months (configurable) is
 * anonymised. The CNIL's référentiel for social action (délibération 2023-095) keeps a file for two
 * years after the last contact unless a law says otherwise. Works in batches, each its own
 * transaction, so that a large backlog neither holds locks for long nor is lost on a failure.
 */
@ApplicationScoped
public class Retention {

  static final String JOB = "household-retention";
  public static final int BATCH = 100;

  @Inject
  @ConfigProperty(name = "packnum.households.retention-months", defaultValue = "24")
  int months;

  @PersistenceContext EntityManager em;
  @Inject HouseholdStore households;
  @Inject Anonymisation anonymisation;
  @Inject JobClaims jobs;

  /** Claims the night of {@code today} for this instance: true for exactly one of several. */
  public boolean claim(LocalDate today) {
    return jobs.claim(JOB, today);
  }

  /** The instant before which a last contact is too old at {@code now}. */
  public Instant cutoff(Instant now) {
    return now.atZone(ZoneOffset.UTC).minusMonths(months).toInstant();
  }

  /** Anonymises up to {@link #BATCH} households past the limit at {@code now}; answers how many. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int anonymiseBatch(Instant now) {
    List<Household> batch = households.inactiveSince(cutoff(now), BATCH);
    for (Household household : batch) {
      anonymisation.anonymise(household, Actor.SYSTEM, now);
    }
    em.flush();
    return batch.size();
  }
}
