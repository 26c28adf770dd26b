package fr.packnum.workshop.entity;

/** Where a scrapped device goes: a DEEE (WEEE) recycler, or kept to harvest parts. */
public enum ScrapChannel {
  WEEE_RECYCLER,
  PARTS_HARVEST
}
