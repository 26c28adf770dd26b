/**
 * What partners and funders are owed and shown: conventions (funding agreements), partner
 * statements (Excel, CSV), impact figures (devices reused, kg, CO2e) and dashboards.
 */
package fr.packnum.reporting;
