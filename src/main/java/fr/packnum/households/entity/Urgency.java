package fr.packnum.households.entity;

/** How soon the pack is needed; URGENT needs a reason (an exam, a job interview, a deadline). */
public enum Urgency {
  NORMAL,
  URGENT
}
