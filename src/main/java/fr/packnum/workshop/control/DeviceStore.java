package fr.packnum.workshop.control;

import fr.packnum.platform.control.Page;
import fr.packnum.platform.control.PagedQuery;
import fr.packnum.workshop.entity.AssetTag;
import fr.packnum.workshop.entity.Device;
import fr.packnum.workshop.entity.DeviceStatus;
import fr.packnum.workshop.entity.DeviceType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Devices in the database. */
@ApplicationScoped
public class DeviceStore {

  @PersistenceContext EntityManager em;

  public Device get(long id) {
    return Optional.ofNullable(em.find(Device.class, id)).orElseThrow(DeviceNotFound::new);
  }

  /**
   * The device, to change it: its version is raised at commit whatever changes, so two technicians
   * saving the same device at once give one success and one conflict, never a lost update.
   */
  public Device forUpdate(long id) {
    return Optional.ofNullable(em.find(Device.class, id, LockModeType.OPTIMISTIC_FORCE_INCREMENT))
        .orElseThrow(DeviceNotFound::new);
  }

  /**
   * The device with its row locked until the transaction ends ({@code SELECT … FOR UPDATE}), read
   * afresh from the database: reservations racing on one device, on any instance, go one after the
   * other and the later ones see the device already RESERVED.
   */
  public Device locked(long id) {
    return Optional.ofNullable(em.find(Device.class, id, LockModeType.PESSIMISTIC_WRITE))
        .orElseThrow(DeviceNotFound::new);
  }

  /**
   * The scan box's device, with its donation and donor read in the same query (three queries
   * otherwise: the device, then each eager relation by its id).
   */
  public Device byTag(AssetTag tag) {
    return em.createQuery("select d from Device d where d.id = :id", Device.class)
        .setParameter("id", tag.deviceId())
        .setHint(PagedQuery.JOIN_FETCH, "d.donation")
        .setHint(PagedQuery.JOIN_FETCH, "d.donation.donor")
        .getResultStream()
        .findFirst()
        .orElseThrow(DeviceNotFound::new);
  }

  public Optional<Device> bySerial(String serial) {
    return em.createQuery("select d from Device d where d.serial = :serial", Device.class)
        .setParameter("serial", serial.strip())
        .getResultStream()
        .findFirst();
  }

  /** Which of these serials are already registered. */
  public List<String> registeredSerials(Collection<String> serials) {
    if (serials.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select d.serial from Device d where d.serial in :serials", String.class)
        .setParameter("serials", serials)
        .getResultList();
  }

  public void add(Device device) {
    em.persist(device);
  }

  public void flush() {
    em.flush();
  }

  /** Frees memory during a bulk import, after a flush. */
  public void clear() {
    em.clear();
  }

  public record Filter(DeviceStatus status, DeviceType type, Long donationId, String text) {}

  /** Oldest in their status first: what has waited longest comes first on the board. */
  public Page<Device> list(Filter filter, int offset, int size) {
    String text =
        filter.text() == null || filter.text().isBlank()
            ? null
            : "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%";
    return PagedQuery.of(Device.class, "d")
        .where("d.status = :status", "status", filter.status())
        .where("d.type = :type", "type", filter.type())
        .where("d.donation.id = :donation", "donation", filter.donationId())
        .where(
            "(lower(d.serial) like :text or lower(d.brand) like :text or lower(d.model) like :text)",
            "text",
            text)
        .page(em, "d.statusSince, d.id", offset, size);
  }

  /** Per status: how many devices, and since when the oldest has been waiting. */
  public record StatusCount(long count, Instant oldestSince) {}

  public Map<DeviceStatus, StatusCount> board(DeviceType type, Long donationId) {
    StringBuilder jpql =
        new StringBuilder(
            "select d.status, count(d), min(d.statusSince) from Device d where 1 = 1");
    if (type != null) {
      jpql.append(" and d.type = :type");
    }
    if (donationId != null) {
      jpql.append(" and d.donation.id = :donation");
    }
    jpql.append(" group by d.status");
    var query = em.createQuery(jpql.toString(), Object[].class);
    if (type != null) {
      query.setParameter("type", type);
    }
    if (donationId != null) {
      query.setParameter("donation", donationId);
    }
    Map<DeviceStatus, StatusCount> counts = new EnumMap<>(DeviceStatus.class);
    for (Object[] row : query.getResultList()) {
      counts.put(
          (DeviceStatus) row[0], new StatusCount(((Number) row[1]).longValue(), (Instant) row[2]));
    }
    return counts;
  }

  /** An aggregate over a converted column comes back unconverted, as the stored UTC time. */
  private static Instant instant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof java.time.LocalDateTime utc) {
      return utc.toInstant(java.time.ZoneOffset.UTC);
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
    }
    throw new IllegalStateException("Unexpected timestamp type " + value.getClass().getName());
  }

  public List<Device> ofDonation(long donationId) {
    return em.createQuery(
            "select d from Device d where d.donation.id = :donation order by d.id", Device.class)
        .setParameter("donation", donationId)
        .getResultList();
  }
}
