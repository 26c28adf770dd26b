package fr.packnum.reporting.control;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The follow-up over the period, the statement's "Accompagnement" sheet: sessions held and their
 * hours, follow-up calls and how they ended, pass numérique vouchers (10 € units) issued and
 * redeemed.
 */
public record SupportFigures(
    long sessions,
    BigDecimal hours,
    long calls,
    Map<String, Long> callOutcomes,
    long vouchersIssued,
    long vouchersRedeemed) {}
