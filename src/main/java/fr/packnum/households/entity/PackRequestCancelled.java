package fr.packnum.households.entity;

/**
 * Fired, inside the cancelling transaction, when an open request is cancelled: a component that
 * holds something for the request (matching's reservation of a device) lets it go in the same
 * transaction, without the households knowing that component.
 */
public record PackRequestCancelled(PackRequest request, RequestStatus cancelledFrom) {}
