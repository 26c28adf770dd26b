package fr.packnum.households.boundary;

import fr.packnum.accounts.boundary.AuditLog;
import fr.packnum.accounts.boundary.CurrentUser;
import fr.packnum.accounts.entity.AuditAction;
import fr.packnum.households.control.HouseholdStore;
import fr.packnum.households.control.PackRequestStore;
import fr.packnum.households.control.Scope;
import fr.packnum.households.entity.Household;
import fr.packnum.households.entity.PackRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The households' use case for the components that read a household's file on a caller's behalf
 * (connectivity's offers and internet lines): the same scope and the same audit as {@code
 * HouseholdsResource}, so a social worker reaches only their structure's households and every read
 * says who saw which.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class HouseholdFiles {

  @Inject HouseholdStore households;
  @Inject PackRequestStore requests;
  @Inject CurrentUser currentUser;
  @Inject AuditLog audit;

  /** The household, if the caller reaches it (another structure's is "not found"); read audited. */
  public Household read(long id) {
    Household household = households.get(id, Scope.of(currentUser.require()));
    audit.record(AuditAction.READ, HouseholdsResource.TARGET, id);
    return household;
  }

  /**
   * The pack request, if the caller reaches its household (another structure's is "not found");
   * audited as a read of the household's file.
   */
  public PackRequest request(long id) {
    PackRequest request = requests.get(id, Scope.of(currentUser.require()));
    audit.record(AuditAction.READ, HouseholdsResource.TARGET, request.household().id());
    return request;
  }

  /** Whether the caller reaches this request's household (a social worker: their structure's). */
  public boolean reaches(PackRequest request) {
    return Scope.of(currentUser.require()).reaches(request.structure().id());
  }
}
