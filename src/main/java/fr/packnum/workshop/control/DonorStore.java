package fr.packnum.workshop.control;

import fr.packnum.platform.control.Page;
import fr.packnum.platform.control.PagedQuery;
import fr.packnum.workshop.entity.DeviceStatus;
import fr.packnum.workshop.entity.Donation;
import fr.packnum.workshop.entity.Donor;
import fr.packnum.workshop.entity.DonorKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Donors and their donations in the database. */
@ApplicationScoped
public class DonorStore {

  @PersistenceContext EntityManager em;

  public Donor donor(long id) {
    return Optional.ofNullable(em.find(Donor.class, id)).orElseThrow(DonorNotFound::new);
  }

  public Donation donation(long id) {
    return Optional.ofNullable(em.find(Donation.class, id)).orElseThrow(DonationNotFound::new);
  }

  public void add(Object donorOrDonation) {
    em.persist(donorOrDonation);
    em.flush();
  }

  public void flush() {
    em.flush();
  }

  public Page<Donor> donors(String text, DonorKind kind, int offset, int size) {
    String like =
        text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
    return PagedQuery.of(Donor.class, "d")
        .where("lower(d.name) like :text", "text", like)
        .where("d.kind = :kind", "kind", kind)
        .page(em, "d.name, d.id", offset, size);
  }

  public Page<Donation> donations(Long donorId, int offset, int size) {
    return PagedQuery.of(Donation.class, "d")
        .where("d.donor.id = :donor", "donor", donorId)
        .page(em, "d.receivedOn desc, d.id desc", offset, size);
  }

  /** How far a donation's devices have come: count per status. */
  public Map<DeviceStatus, Long> progress(long donationId) {
    Map<DeviceStatus, Long> counts = new EnumMap<>(DeviceStatus.class);
    em.createQuery(
            "select d.status, count(d) from Device d where d.donation.id = :donation group by d.status",
            Object[].class)
        .setParameter("donation", donationId)
        .getResultList()
        .forEach(row -> counts.put((DeviceStatus) row[0], ((Number) row[1]).longValue()));
    return counts;
  }
}
