package fr.packnum.platform.control;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;

/**
 * Cross-site request forgery defence for cookie sessions: a per-session token that scripts of our
 * own origin send back in a header, and a same-origin check on {@code Origin}. Bearer-token calls
 * carry no ambient credential and are exempt.
 */
public final class Csrf {

  public static final String SESSION_ATTRIBUTE = "packnum.csrf";
  public static final String HEADER = "X-CSRF-Token";

  /** Request attribute set by the authentication mechanism: how the caller proved who they are. */
  public static final String AUTHENTICATED_BY = "packnum.authenticatedBy";

  public static final String BY_BEARER = "bearer";

  private static final SecureRandom RANDOM = new SecureRandom();

  private Csrf() {}

  public static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static boolean isSafe(String method) {
    return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
  }

  /**
   * Whether a browser's {@code Origin} header names this server: the same authority as the {@code
   * Host} the browser addressed, or one of the configured public origins.
   */
  public static boolean sameOrigin(String origin, String host, Collection<String> allowedOrigins) {
    if (origin == null) {
      return true;
    }
    if (allowedOrigins.contains(origin)) {
      return true;
    }
    try {
      URI uri = URI.create(origin);
      if (uri.getHost() == null || host == null) {
        return false;
      }
      String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
      return authority.equalsIgnoreCase(host) || defaultPort(uri, host);
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  private static boolean defaultPort(URI origin, String host) {
    int port = "https".equals(origin.getScheme()) ? 443 : 80;
    return (origin.getHost() + ":" + port).equalsIgnoreCase(host);
  }

  /** Constant-time comparison of the expected and the presented token. */
  public static boolean matches(String expected, String presented) {
    if (expected == null || presented == null) {
      return false;
    }
    return java.security.MessageDigest.isEqual(
        expected.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        presented.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
