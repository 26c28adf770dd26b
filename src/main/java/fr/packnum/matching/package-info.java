/**
 * Matching ready devices to eligible pack requests: the matching engine and its weights, proposals,
 * reservations, hand-over appointments and receipts, returns and swaps.
 */
package fr.packnum.matching;
