package fr.packnum.matching.entity;

import fr.packnum.platform.entity.Actor;
import java.time.Instant;

/**
 * A CDI event, fired inside the return's transaction: the device handed over at {@code handover}
 * came back. Support closes the household's follow-up plan on it.
 */
public record PackReturned(Handover handover, Actor actor, Instant at) {}
