package fr.packnum.platform.benchmark.ping;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The API benchmark's baseline: an empty JAX-RS application, packaged by the benchmark into its own
 * {@code ping.war} and deployed on the same Payara Micro as PackNum.
 */
@ApplicationPath("api")
public class PingApplication extends Application {}
