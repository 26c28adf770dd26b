/**
 * Partner structures (CCAS, France Services, EPN, associations…) — the unit of data isolation —
 * and, as the journey grows, the households they refer and their pack requests.
 */
package fr.packnum.households;
