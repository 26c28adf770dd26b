package fr.packnum.support.entity;

/** The five everyday tasks of the skills self-assessment. */
public enum Skill {
  EMAIL,
  ONLINE_PROCEDURE,
  VIDEO_CALL,
  SAFE_BROWSING,
  FILES
}
