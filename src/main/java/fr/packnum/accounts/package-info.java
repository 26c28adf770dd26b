/**
 * Partner structures (CCAS, France Services, EPN, workshops, partners… — the unit of data
 * isolation), the people who work in them with their roles, sign-in (password, TOTP, session), API
 * tokens, and the append-only audit log of who did or saw what.
 */
package fr.packnum.accounts;
