/**
 * Households referred by social workers, their consent, eligibility rules and decisions, pack
 * requests and quotas, and the GDPR duties on them (export, anonymisation, retention).
 */
package fr.packnum.households;
