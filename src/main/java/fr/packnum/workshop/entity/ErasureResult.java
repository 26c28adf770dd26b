package fr.packnum.workshop.entity;

/** The outcome the erasure tool reported. */
public enum ErasureResult {
  SUCCESS,
  FAILURE
}
