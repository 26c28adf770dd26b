package fr.packnum.reporting.control;

import fr.packnum.reporting.entity.ImpactFactor;
import fr.packnum.workshop.entity.DeviceType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The impact factors in the database: one per device type, seeded by the migration. */
@ApplicationScoped
public class ImpactFactorStore {

  @PersistenceContext EntityManager em;

  /** Every factor, in the order of the device types. */
  public List<ImpactFactor> list() {
    return em
        .createQuery("select f from ImpactFactor f", ImpactFactor.class)
        .getResultList()
        .stream()
        .sorted(Comparator.comparing(ImpactFactor::deviceType))
        .toList();
  }

  /** The factor of the device type named {@code deviceType}; an unknown name is not found. */
  public ImpactFactor get(String deviceType) {
    DeviceType type =
        Arrays.stream(DeviceType.values())
            .filter(t -> t.name().equals(deviceType))
            .findFirst()
            .orElseThrow(ImpactFactorNotFound::new);
    ImpactFactor factor = em.find(ImpactFactor.class, type);
    if (factor == null) {
      throw new ImpactFactorNotFound();
    }
    return factor;
  }

  public void flush() {
    em.flush();
  }
}
