package fr.packnum.reporting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A statement export for a convention and a period, run in the background: its progress, and once
 * DONE its file (kept in the database as ordered chunks, {@code reporting_export_chunks}, written
 * and read a chunk at a time by {@code ExportChunks}, never loaded into this entity).
 */
@Entity
@Table(name = "reporting_export_jobs")
public class ExportJob {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "convention_id", nullable = false, updatable = false)
  private Convention convention;

  @Column(name = "period_from", nullable = false, updatable = false)
  private LocalDate from;

  @Column(name = "period_to", nullable = false, updatable = false)
  private LocalDate to;

  @Enumerated(EnumType.STRING)
  @Column(name = "format", nullable = false, updatable = false, length = 4)
  private ExportFormat format;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 10)
  private ExportStatus status;

  @Column(name = "rows_total")
  private Long rowsTotal;

  @Column(name = "rows_done", nullable = false)
  private long rowsDone;

  @Column(name = "requested_by_id", nullable = false, updatable = false)
  private long requestedById;

  @Column(name = "requested_by_name", nullable = false, updatable = false, length = 100)
  private String requestedByName;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "heartbeat_at")
  private Instant heartbeatAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "file_name", length = 200)
  private String fileName;

  @Column(name = "file_bytes")
  private Long fileBytes;

  @Column(name = "failure", length = 200)
  private String failure;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ExportJob() {}

  public ExportJob(
      Convention convention,
      LocalDate from,
      LocalDate to,
      ExportFormat format,
      long requestedById,
      String requestedByName,
      Instant now) {
    this.convention = Objects.requireNonNull(convention);
    this.from = Objects.requireNonNull(from);
    this.to = Objects.requireNonNull(to);
    this.format = Objects.requireNonNull(format);
    this.status = ExportStatus.QUEUED;
    this.requestedById = requestedById;
    this.requestedByName = Objects.requireNonNull(requestedByName);
    this.requestedAt = Objects.requireNonNull(now);
  }

  /** The time left, from the pace so far: empty before the first rows or once finished. */
  public Optional<Duration> timeLeft(Instant now) {
    if (status != ExportStatus.RUNNING || startedAt == null || rowsTotal == null || rowsDone == 0) {
      return Optional.empty();
    }
    Duration spent = Duration.between(startedAt, now);
    long left = Math.max(0, rowsTotal - rowsDone);
    return Optional.of(spent.multipliedBy(left).dividedBy(rowsDone));
  }

  public Long id() {
    return id;
  }

  public Convention convention() {
    return convention;
  }

  public LocalDate from() {
    return from;
  }

  public LocalDate to() {
    return to;
  }

  public ExportFormat format() {
    return format;
  }

  public ExportStatus status() {
    return status;
  }

  public Optional<Long> rowsTotal() {
    return Optional.ofNullable(rowsTotal);
  }

  public long rowsDone() {
    return rowsDone;
  }

  public long requestedById() {
    return requestedById;
  }

  public String requestedByName() {
    return requestedByName;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public Optional<Instant> startedAt() {
    return Optional.ofNullable(startedAt);
  }

  public Optional<Instant> finishedAt() {
    return Optional.ofNullable(finishedAt);
  }

  public Optional<String> fileName() {
    return Optional.ofNullable(fileName);
  }

  public Optional<Long> fileBytes() {
    return Optional.ofNullable(fileBytes);
  }

  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExportJob that && id != null && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
