/**
 * Plumbing every component stands on: the JAX-RS application, problem+json answers, the data source
 * and its migrations, HTTP hardening (security headers, CSRF, body size), paging and idempotency.
 */
package fr.packnum.platform;
