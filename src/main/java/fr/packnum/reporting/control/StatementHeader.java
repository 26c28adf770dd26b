package fr.packnum.reporting.control;

import fr.packnum.reporting.entity.VatMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Who a statement is for and what it covers: the partner, its convention (funding agreement), the
 * period (both days included), the scope in words (referring structures, communes, départements,
 * QPV only), when and by whom it was produced, how its prices carry VAT and the convention's budget
 * cap in euro cents ({@code null}: no cap).
 */
public record StatementHeader(
    String partner,
    String convention,
    LocalDate from,
    LocalDate to,
    String scope,
    Instant producedAt,
    String producedBy,
    VatMode vatMode,
    Long budgetCapCents) {

  public StatementHeader {
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(convention, "convention");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(producedAt, "producedAt");
    Objects.requireNonNull(vatMode, "vatMode");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("period ends before it starts: " + from + " > " + to);
    }
    if (budgetCapCents != null && budgetCapCents < 0) {
      throw new IllegalArgumentException("negative budget cap");
    }
    scope = scope == null ? "" : scope;
    producedBy = producedBy == null ? "" : producedBy;
  }
}
