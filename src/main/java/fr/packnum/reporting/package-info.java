/**
 * What partners and funders are shown: conventions (funding agreements), partner statements (Excel,
 * CSV), impact figures and dashboards. Reporting reads every component; nobody reads reporting.
 */
package fr.packnum.reporting;
