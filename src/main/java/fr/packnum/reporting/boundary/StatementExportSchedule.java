package fr.packnum.reporting.boundary;

import fr.packnum.reporting.control.StatementExports;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every minute, each instance looks for export jobs nobody runs: queued while their instance
 * stopped, or running on an instance that died. The conditional claim gives each to one instance.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StatementExportSchedule {

  @Inject StatementExports exports;

  @Schedule(hour = "*", minute = "*", persistent = false)
  void everyMinute() {
    exports.resume();
  }
}
