/**
 * The refurbishing workshop: donors and donations, devices with their asset tags, the lifecycle
 * from intake to READY (erasure, functional tests, system, grade) or to recycling, parts, and the
 * documents donors and technicians need (erasure certificates, labels).
 */
package fr.packnum.workshop;
