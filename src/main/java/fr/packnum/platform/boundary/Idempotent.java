package fr.packnum.platform.boundary;

import jakarta.interceptor.InterceptorBinding;
import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a creating POST that honours {@code Idempotency-Key}: the same key and body again gives the
 * same answer and no second record; the same key with another body is a 422. A JAX-RS name binding
 * ({@link IdempotencyFilter}: claim, replay) and a CDI interceptor binding ({@link IdempotentWork}:
 * the answer kept in the work's own transaction).
 */
@NameBinding
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Idempotent {}
