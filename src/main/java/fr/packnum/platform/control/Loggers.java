package fr.packnum.platform.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.InjectionPoint;
import java.util.logging.Logger;

/** Produces a {@code java.util.logging} logger named after the class it is injected into. */
@Dependent
public class Loggers {

  @Produces
  Logger logger(InjectionPoint point) {
    return Logger.getLogger(point.getMember().getDeclaringClass().getName());
  }
}
