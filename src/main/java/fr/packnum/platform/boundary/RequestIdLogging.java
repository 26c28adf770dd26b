package fr.packnum.platform.boundary;

import fr.packnum.platform.control.RequestIds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * Puts {@link RequestIds#LOG_FIELD} on the server's log handlers while PackNum is deployed, so that
 * every record written while serving a request, PackNum's or the server's, carries the request id
 * (deployment/logging.properties formats records as JSON). A handler with a filter of its own keeps
 * it.
 */
@ApplicationScoped
public class RequestIdLogging {

  void install(@Observes @Initialized(ApplicationScoped.class) Object started) {
    for (Handler handler : Logger.getLogger("").getHandlers()) {
      if (handler.getFilter() == null) {
        handler.setFilter(RequestIds.LOG_FIELD);
      }
    }
  }

  void remove(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stopping) {
    for (Handler handler : Logger.getLogger("").getHandlers()) {
      if (handler.getFilter() == RequestIds.LOG_FIELD) {
        handler.setFilter(null);
      }
    }
  }
}
