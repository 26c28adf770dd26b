package fr.packnum.matching.entity;

import fr.packnum.platform.entity.Actor;
import java.time.Instant;

/**
 * A CDI event, fired inside the hand-over's transaction: the household received its device, the
 * request is DELIVERED. Support opens the household's follow-up plan on it, without matching
 * knowing support.
 */
public record PackHandedOver(Handover handover, Actor actor, Instant at) {}
