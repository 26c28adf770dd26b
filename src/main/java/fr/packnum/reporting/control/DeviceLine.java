package fr.packnum.reporting.control;

import java.math.BigDecimal;

/** One donor's devices over the period, a line of the statement's "Appareils" sheet. */
public record DeviceLine(
    String donor,
    long received,
    long refurbished,
    long delivered,
    long scrapped,
    BigDecimal scrappedKg) {}
