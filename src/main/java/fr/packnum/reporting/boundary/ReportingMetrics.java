package fr.packnum.reporting.boundary;

import fr.packnum.platform.control.Gauges;
import fr.packnum.reporting.control.ExportJobStore;
import fr.packnum.reporting.entity.ExportStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/** Statement export jobs queued and running, every instance's. */
@ApplicationScoped
public class ReportingMetrics {

  @Inject Gauges gauges;
  @Inject ExportJobStore jobs;

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    for (ExportStatus status : new ExportStatus[] {ExportStatus.QUEUED, ExportStatus.RUNNING}) {
      gauges.register(
          "packnum.reporting.export.jobs",
          "Statement export jobs queued or running",
          MetricUnits.NONE,
          gauges.reading(() -> jobs.countIn(status)),
          count -> count,
          new Tag("status", status.name().toLowerCase(Locale.ROOT)));
    }
  }
}
