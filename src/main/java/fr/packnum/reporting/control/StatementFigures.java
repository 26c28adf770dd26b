package fr.packnum.reporting.control;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.SortedMap;

/**
 * The key figures of a statement's "Synthèse" sheet for the period and scope: packs delivered,
 * households by situation category (a household counts once in each of its categories), packs to
 * households in a QPV, devices refurbished and scrapped (with kg), hours of support, pass numérique
 * vouchers, households still connected at M+6 among the follow-ups closed, and the packs per month
 * and per territory that its two charts draw.
 */
public record StatementFigures(
    long packsDelivered,
    Map<String, Long> householdsBySituation,
    long packsInQpv,
    long devicesRefurbished,
    long devicesScrapped,
    BigDecimal scrappedKg,
    BigDecimal supportHours,
    long vouchersIssued,
    long vouchersRedeemed,
    long stillConnectedAtM6,
    long followUpsClosed,
    SortedMap<YearMonth, Long> packsPerMonth,
    SortedMap<String, Long> packsByTerritory) {}
