/**
 * Internet access for the households: the catalogue of low-cost offers (social boxes, 4G boxes,
 * SIMs, recharges, free SIMs from databanks) and which of them a household may take, and at what
 * cost over a year.
 */
package fr.packnum.connectivity;
