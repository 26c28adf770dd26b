package fr.packnum.reporting.control;

import java.time.LocalDate;

/**
 * One pack of a partner statement, as the partner sees it: pseudonymised, and nothing more
 * personal. These columns are the contract with partners; the statement's "À propos" sheet lists
 * them with their definitions ({@link PackColumn}), and a new column is a change of contract.
 *
 * <ol>
 *   <li>{@code householdReference} — the household's pseudonymous reference, never a name;
 *   <li>{@code inseeCode}, {@code commune} — where the household lives (INSEE code of the commune
 *       and its name);
 *   <li>{@code inQpv} — whether it lives in a QPV (quartier prioritaire de la politique de la
 *       ville);
 *   <li>{@code situations} — the situation categories (RSA, AAH, ASS, ASPA, CSS, …), comma
 *       separated;
 *   <li>{@code deviceTag}, {@code deviceType}, {@code grade} — the device handed over: its asset
 *       tag, its type and its refurbishing grade (A, B, C);
 *   <li>{@code offerKind} — the kind of internet offer (fixed box, 4G box, SIM, prepaid), empty
 *       without one;
 *   <li>{@code supportStatus} — where the household's follow-up stands;
 *   <li>{@code requestedOn}, {@code decidedOn}, {@code handedOverOn}, {@code lastFollowUpOn} — the
 *       days of the request, of the eligibility decision, of the hand-over and of the last
 *       follow-up; any may be {@code null} (not yet).
 * </ol>
 */
public record PackRow(
    String householdReference,
    String inseeCode,
    String commune,
    boolean inQpv,
    String situations,
    String deviceTag,
    String deviceType,
    String grade,
    String offerKind,
    String supportStatus,
    LocalDate requestedOn,
    LocalDate decidedOn,
    LocalDate handedOverOn,
    LocalDate lastFollowUpOn) {}
