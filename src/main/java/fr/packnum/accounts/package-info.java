/**
 * People who use PackNum: users and their roles, sign-in (password, TOTP second factor, session),
 * API tokens for partners and automation, and the append-only audit log of who did or saw what.
 */
package fr.packnum.accounts;
