package fr.packnum.operations;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an embedded Derby database of PackNum holds, read in the test JVM with Derby's own driver
 * once the server that owns it has stopped (Derby admits one JVM at a time): the devices of one
 * donation, whether each intake is whole, the device id sequence, and Derby's check of every table
 * against its indexes.
 */
final class DerbyFiles {

  private DerbyFiles() {}

  /**
   * The state of one donation's intakes in the database directory {@code database}.
   *
   * @param devices serial → device id
   * @param notWhole the devices whose history is not exactly their one RECEIVED event
   * @param maxDeviceId the highest device id of the whole database
   * @param nextDeviceId the value the device id sequence gives next
   * @param tablesChecked the tables Derby checked
   * @param damagedTables the tables whose indexes disagree with their rows
   */
  record Snapshot(
      Map<String, Long> devices,
      List<String> notWhole,
      long maxDeviceId,
      long nextDeviceId,
      int tablesChecked,
      List<String> damagedTables) {}

  static Snapshot read(Path database, long donation) throws SQLException {
    String url = "jdbc:derby:" + database.toAbsolutePath();
    try (Connection db = DriverManager.getConnection(url, "packnum", "packnum")) {
      Map<String, Long> devices = new HashMap<>();
      try (PreparedStatement query =
          db.prepareStatement("SELECT serial, id FROM devices WHERE donation_id = ?")) {
        query.setLong(1, donation);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            devices.put(rows.getString(1), rows.getLong(2));
          }
        }
      }
      List<String> notWhole = new ArrayList<>();
      try (PreparedStatement query =
          db.prepareStatement(
              "SELECT d.id, d.status,"
                  + " SUM(CASE WHEN e.kind = 'RECEIVED' AND e.to_status = 'RECEIVED'"
                  + " THEN 1 ELSE 0 END), COUNT(e.id)"
                  + " FROM devices d LEFT JOIN device_events e ON e.device_id = d.id"
                  + " WHERE d.donation_id = ? GROUP BY d.id, d.status")) {
        query.setLong(1, donation);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            if (!"RECEIVED".equals(rows.getString(2))
                || rows.getInt(3) != 1
                || rows.getInt(4) != 1) {
              notWhole.add(
                  "device "
                      + rows.getLong(1)
                      + " "
                      + rows.getString(2)
                      + ", RECEIVED events "
                      + rows.getInt(3)
                      + ", events "
                      + rows.getInt(4));
            }
          }
        }
      }
      long max;
      long next;
      try (Statement statement = db.createStatement()) {
        try (ResultSet row = statement.executeQuery("SELECT MAX(id) FROM devices")) {
          row.next();
          max = row.getLong(1);
        }
        try (ResultSet row =
            statement.executeQuery(
                "VALUES SYSCS_UTIL.SYSCS_PEEK_AT_SEQUENCE('PACKNUM', 'DEVICE_IDS')")) {
          row.next();
          next = row.getLong(1);
        }
      }
      List<String> tables = new ArrayList<>();
      try (Statement statement = db.createStatement();
          ResultSet rows =
              statement.executeQuery(
                  "SELECT t.tablename FROM sys.systables t JOIN sys.sysschemas s"
                      + " ON s.schemaid = t.schemaid"
                      + " WHERE s.schemaname = 'PACKNUM' AND t.tabletype = 'T'")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      List<String> damaged = new ArrayList<>();
      for (String table : tables) {
        try (PreparedStatement check =
            db.prepareStatement("VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE('PACKNUM', ?)")) {
          check.setString(1, table);
          try (ResultSet row = check.executeQuery()) {
            row.next();
            if (row.getInt(1) != 1) {
              damaged.add(table);
            }
          } catch (SQLException inconsistent) {
            damaged.add(table + ": " + inconsistent.getMessage());
          }
        }
      }
      return new Snapshot(devices, notWhole, max, next, tables.size(), damaged);
    } finally {
      shutdown(url);
    }
  }

  /** Closes the database, so that a server can open it again. */
  static void shutdown(String url) {
    try {
      DriverManager.getConnection(url + ";shutdown=true").close();
    } catch (SQLException expected) {
      // 08006: "Database … shutdown": the only way Derby answers a shutdown
      if (!"08006".equals(expected.getSQLState())) {
        throw new IllegalStateException(expected);
      }
    }
  }
}
