package fr.packnum.support.entity;

/** The hand-over session itself (one household, the day it receives its pack) or a workshop. */
public enum SessionKind {
  HANDOVER,
  WORKSHOP
}
