package fr.packnum.reporting.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * An export job's file in the database as ordered chunks ({@code reporting_export_chunks}) of at
 * most {@code chunkBytes}: written with the job's DONE in one transaction, read back one chunk per
 * query, so that neither side ever holds more than a chunk, whichever instance of a cluster serves
 * the download.
 */
public final class ExportChunks {

  /** 1 MiB: a few round trips for a large workbook, a small buffer for each. */
  public static final int CHUNK_BYTES = 1 << 20;

  private final DataSource dataSource;
  private final int chunkBytes;

  public ExportChunks(DataSource dataSource, int chunkBytes) {
    if (chunkBytes < 1) {
      throw new IllegalArgumentException("chunk of " + chunkBytes + " bytes");
    }
    this.dataSource = dataSource;
    this.chunkBytes = chunkBytes;
  }

  /**
   * Stores the file read from {@code content} and marks the RUNNING job DONE, in one transaction:
   * when reading or writing fails, nothing of the file is left and the job is still RUNNING (its
   * runner records the failure). False, with nothing stored, when the job is no longer RUNNING (its
   * claim was lost to another instance).
   */
  public boolean store(long jobId, InputStream content, String name, long rows, Instant now)
      throws IOException {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      boolean stored = false;
      try {
        long size = 0;
        try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO reporting_export_chunks (job_id, seq, content) VALUES (?, ?, ?)")) {
          byte[] chunk = new byte[chunkBytes];
          int seq = 0;
          int read;
          while ((read = content.readNBytes(chunk, 0, chunkBytes)) > 0) {
            insert.setLong(1, jobId);
            insert.setInt(2, seq++);
            // a stream with its int length: the one call both drivers implement for both types
            insert.setBinaryStream(3, new java.io.ByteArrayInputStream(chunk, 0, read), read);
            insert.executeUpdate();
            size += read;
          }
        }
        try (PreparedStatement done =
            connection.prepareStatement(
                "UPDATE reporting_export_jobs SET file_bytes = ?, file_name = ?, status = 'DONE',"
                    + " rows_done = ?, finished_at = ?, heartbeat_at = ?, version = version + 1"
                    + " WHERE id = ? AND status = 'RUNNING'")) {
          done.setLong(1, size);
          done.setString(2, name);
          done.setLong(3, rows);
          done.setTimestamp(4, ExportJobStore.utc(now));
          done.setTimestamp(5, ExportJobStore.utc(now));
          done.setLong(6, jobId);
          stored = done.executeUpdate() == 1;
        }
        if (stored) {
          connection.commit();
        }
        return stored;
      } finally {
        if (!stored) {
          connection.rollback();
        }
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException failure) {
      throw new IllegalStateException("Export file not stored", failure);
    }
  }

  /**
   * Copies a DONE job's file to {@code out}, one chunk per query (a connection of the pool per
   * chunk: a slow client holds none between two chunks); {@link ExportNotReady} if it is not DONE.
   * A file that lost chunks meanwhile (the job deleted) fails rather than ending short.
   */
  public void copy(long jobId, OutputStream out) throws IOException {
    long expected = size(jobId);
    long copied = 0;
    for (int seq = 0; copied < expected; seq++) {
      long read = chunk(jobId, seq, out);
      if (read < 0) {
        throw new IOException("Export file " + jobId + " ends at chunk " + seq);
      }
      copied += read;
    }
  }

  /** How many bytes the DONE job's file holds. */
  private long size(long jobId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT file_bytes FROM reporting_export_jobs WHERE id = ? AND status = 'DONE'")) {
      query.setLong(1, jobId);
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          throw new ExportNotReady();
        }
        return rows.getLong(1);
      }
    } catch (SQLException failure) {
      throw new IllegalStateException("Export file not read", failure);
    }
  }

  /** Copies chunk {@code seq} to {@code out}: its length, -1 if there is none. */
  private long chunk(long jobId, int seq, OutputStream out) throws IOException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT content FROM reporting_export_chunks WHERE job_id = ? AND seq = ?")) {
      query.setLong(1, jobId);
      query.setInt(2, seq);
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          return -1;
        }
        try (InputStream content = rows.getBinaryStream(1)) {
          return content.transferTo(out);
        }
      }
    } catch (SQLException failure) {
      throw new IllegalStateException("Export file not read", failure);
    }
  }
}
