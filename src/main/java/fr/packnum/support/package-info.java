/**
 * Following households up after the hand-over: the support places of the national "lieux de
 * médiation numérique" standard (imported or entered by hand, nearest to a commune, GeoJSON).
 */
package fr.packnum.support;
