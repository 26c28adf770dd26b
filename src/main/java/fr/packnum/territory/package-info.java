/**
 * The French territory as PackNum knows it: communes by their INSEE code ("code officiel
 * géographique"), read by every component that places a structure or a household.
 */
package fr.packnum.territory;
