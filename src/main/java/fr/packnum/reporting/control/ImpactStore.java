package fr.packnum.reporting.control;

import fr.packnum.platform.entity.UtcInstantConverter;
import fr.packnum.workshop.entity.DeviceType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What the impact report counts, read straight from the tables in one grouped query each: no entity
 * is loaded, whatever the number of packs.
 */
@ApplicationScoped
public class ImpactStore {

  @PersistenceContext EntityManager em;

  /**
   * Hand-overs done in {@code [from, to)} grouped by device type, the household's commune, the
   * referring structure and QPV: enough for the boundary to place them in a département and to keep
   * what a convention covers ({@code Convention.covers}), with no personal data.
   */
  public record Handed(
      DeviceType type, String inseeCode, long structureId, boolean inQpv, long count) {}

  private static final UtcInstantConverter UTC = new UtcInstantConverter();

  public List<Handed> handed(Instant from, Instant to) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT d.type, hh.insee_code, pr.structure_id, hh.in_qpv, COUNT(*)"
                    + " FROM handovers h"
                    + " JOIN reservations r ON r.id = h.reservation_id"
                    + " JOIN pack_requests pr ON pr.id = r.request_id"
                    + " JOIN households hh ON hh.id = pr.household_id"
                    + " JOIN devices d ON d.id = r.device_id"
                    + " WHERE h.status = 'DONE' AND h.done_at >= ? AND h.done_at < ?"
                    + " GROUP BY d.type, hh.insee_code, pr.structure_id, hh.in_qpv")
            .setParameter(1, UTC.convertToDatabaseColumn(from))
            .setParameter(2, UTC.convertToDatabaseColumn(to))
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new Handed(
                    DeviceType.valueOf((String) row[0]),
                    (String) row[1],
                    ((Number) row[2]).longValue(),
                    ((Number) row[3]).intValue() != 0,
                    ((Number) row[4]).longValue()))
        .toList();
  }

  /** Devices scrapped in {@code [from, to)}, per type, with the weight recorded. */
  public List<ImpactCalculator.Scrap> scrapped(Instant from, Instant to) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT d.type, COUNT(*), SUM(d.scrap_weight_kg) FROM devices d"
                    + " WHERE d.status = 'SCRAPPED' AND d.status_since >= ?"
                    + " AND d.status_since < ? GROUP BY d.type")
            .setParameter(1, UTC.convertToDatabaseColumn(from))
            .setParameter(2, UTC.convertToDatabaseColumn(to))
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new ImpactCalculator.Scrap(
                    DeviceType.valueOf((String) row[0]),
                    ((Number) row[1]).longValue(),
                    row[2] == null ? BigDecimal.ZERO : new BigDecimal(row[2].toString())))
        .toList();
  }
}
