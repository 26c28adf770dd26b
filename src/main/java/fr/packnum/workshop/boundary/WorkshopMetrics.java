package fr.packnum.workshop.boundary;

import fr.packnum.platform.control.Gauges;
import fr.packnum.workshop.control.DeviceStore;
import fr.packnum.workshop.entity.DeviceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/** {@code packnum_workshop_devices{status="ready"}}: devices in each status, the whole workshop. */
@ApplicationScoped
public class WorkshopMetrics {

  @Inject Gauges gauges;
  @Inject DeviceStore devices;

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    var board = gauges.reading(() -> devices.board(null, null));
    for (DeviceStatus status : DeviceStatus.values()) {
      gauges.register(
          "packnum.workshop.devices",
          "Devices in each status (the workshop board)",
          MetricUnits.NONE,
          board,
          counts -> counts.containsKey(status) ? counts.get(status).count() : 0L,
          new Tag("status", status.name().toLowerCase(Locale.ROOT)));
    }
  }
}
