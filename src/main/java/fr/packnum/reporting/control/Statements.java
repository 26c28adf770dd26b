package fr.packnum.reporting.control;

import fr.packnum.accounts.entity.Structure;
import fr.packnum.reporting.entity.Convention;
import fr.packnum.reporting.entity.ExportFormat;
import fr.packnum.reporting.entity.FundedItem;
import fr.packnum.reporting.entity.TerritoryKind;
import fr.packnum.territory.boundary.Territory;
import fr.packnum.territory.entity.InseeCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * A partner statement, from the database to its file: the period clipped to the convention's, the
 * figures read once, the pack rows streamed from the cursor into the workbook or the CSV.
 */
@ApplicationScoped
public class Statements {

  @PersistenceContext EntityManager em;
  @Inject StatementData data;
  @Inject Impacts impacts;

  /** How the billing sheet names what is funded. */
  static final Map<FundedItem, String> ITEMS =
      Map.of(
          FundedItem.PACK_DELIVERED, "Packs remis",
          FundedItem.DEVICE_REFURBISHED, "Appareils reconditionnés remis",
          FundedItem.SUPPORT_HOUR, "Heures d’accompagnement",
          FundedItem.CONNECTION_MONTH, "Mois de connexion internet",
          FundedItem.VOUCHER, "Chèques pass numérique émis");

  /** The part of {@code from}–{@code to} the convention covers, or {@link PeriodOutside}. */
  public static LocalDate[] period(Convention convention, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new PeriodOutside();
    }
    return convention.clip(from, to).orElseThrow(PeriodOutside::new);
  }

  /** How many pack rows the statement of the period holds. */
  public StatementData.Totals totals(Convention convention, LocalDate from, LocalDate to) {
    return data.totals(convention, from, to);
  }

  /**
   * Writes the statement of {@code from}–{@code to} (already clipped) as {@code format}. {@code
   * rowsTotal} is told the number of packs before the first row is written, {@code rowsDone} the
   * rows written every {@value StatementWorkbook#PROGRESS_EVERY} rows and at the end.
   */
  public long write(
      Convention convention,
      LocalDate from,
      LocalDate to,
      ExportFormat format,
      String producedBy,
      Instant now,
      OutputStream out,
      LongConsumer rowsTotal,
      LongConsumer rowsDone) {
    return write(
        convention,
        from,
        to,
        format,
        producedBy,
        now,
        out,
        rowsTotal,
        StatementWorkbook.PROGRESS_EVERY,
        rowsDone);
  }

  /**
   * {@link #write(Convention, LocalDate, LocalDate, ExportFormat, String, Instant, OutputStream,
   * LongConsumer, LongConsumer)}, {@code rowsDone} told every {@code every} rows.
   */
  public long write(
      Convention convention,
      LocalDate from,
      LocalDate to,
      ExportFormat format,
      String producedBy,
      Instant now,
      OutputStream out,
      LongConsumer rowsTotal,
      int every,
      LongConsumer rowsDone) {
    StatementData.Totals totals = data.totals(convention, from, to);
    rowsTotal.accept(totals.figures().packsDelivered());
    Statement statement = statement(convention, from, to, producedBy, now, totals);
    long[] written = new long[1];
    data.withPacks(
        convention,
        from,
        to,
        packs -> {
          try {
            written[0] =
                format == ExportFormat.XLSX
                    ? StatementWorkbook.write(statement, packs, out, every, rowsDone)
                    : StatementCsv.write(packs, out, every, rowsDone);
          } catch (IOException failure) {
            throw new UncheckedIOException(failure);
          }
        });
    return written[0];
  }

  Statement statement(
      Convention convention,
      LocalDate from,
      LocalDate to,
      String producedBy,
      Instant now,
      StatementData.Totals totals) {
    StatementHeader header =
        new StatementHeader(
            convention.partner().name(),
            convention.name(),
            from,
            to,
            scope(convention),
            now,
            producedBy,
            convention.vatMode(),
            convention.budgetCapCents().orElse(null));
    List<BillingLine> billing = new ArrayList<>();
    for (FundedItem item : FundedItem.values()) {
      Long price = convention.unitPricesCents().get(item);
      if (price != null) {
        billing.add(
            new BillingLine(
                ITEMS.get(item), totals.quantities().getOrDefault(item, BigDecimal.ZERO), price));
      }
    }
    return new Statement(
        header,
        totals.figures(),
        totals.devices(),
        totals.support(),
        billing,
        StatementImpact.of(impacts.report(convention, from, to)));
  }

  /** The scope in words, as the "À propos" sheet states it. */
  String scope(Convention convention) {
    Convention.Terms terms = convention.terms();
    List<String> parts = new ArrayList<>();
    parts.add(
        terms.structureIds().isEmpty()
            ? "Structures : toutes"
            : "Structures : "
                + String.join(
                    ", ",
                    terms.structureIds().stream()
                        .sorted()
                        .map(
                            id ->
                                Optional.ofNullable(em.find(Structure.class, id))
                                    .map(Structure::name)
                                    .orElse("n° " + id))
                        .toList()));
    parts.add(
        terms.territories().isEmpty()
            ? "Territoire : toute la France"
            : "Territoire : "
                + String.join(
                    ", ",
                    terms.territories().stream()
                        .sorted(
                            java.util.Comparator.comparing(Convention.Territory::kind)
                                .thenComparing(Convention.Territory::code))
                        .map(
                            t ->
                                t.kind() == TerritoryKind.COMMUNE
                                    ? Territory.communeName(new InseeCode(t.code()))
                                        + " ("
                                        + t.code()
                                        + ")"
                                    : Territory.departementName(t.code()) + " (" + t.code() + ")")
                        .toList()));
    if (terms.qpvOnly()) {
      parts.add("QPV uniquement");
    }
    return String.join(" ; ", parts);
  }
}
