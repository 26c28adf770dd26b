package fr.packnum.households.entity;

/** What the household needs the computer for; matching gives priority to school and job search. */
public enum Need {
  SCHOOL,
  JOB_SEARCH,
  /** Online public services: CAF, impots.gouv, France Travail, ANTS… */
  ADMINISTRATIVE,
  HEALTH,
  SOCIAL_TIES
}
