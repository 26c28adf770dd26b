package fr.packnum.platform.boundary;

import fr.packnum.platform.control.Csrf;
import fr.packnum.platform.control.PayloadTooLarge;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Guards every API call before it reaches JAX-RS: caps the body size (413: 1 MiB of JSON, 20 MiB
 * for an uploaded file), and refuses state-changing calls that ride on a cookie session without the
 * session's CSRF token or from a foreign origin (403). The login call itself has no session yet;
 * only its origin is checked.
 */
@WebFilter(filterName = "ApiGuard", urlPatterns = "/api/*")
public class ApiGuard extends HttpFilter {

  static final String LOGIN_PATH = "/api/session";
  static final long SWALLOW_BYTES = 8L * 1024 * 1024;

  private long maxBodyBytes;
  private long maxUploadBytes;
  private List<String> allowedOrigins;

  @Override
  public void init() {
    Config config = ConfigProvider.getConfig();
    maxBodyBytes =
        config.getOptionalValue("packnum.http.max-body-bytes", Long.class).orElse(1_048_576L);
    maxUploadBytes =
        config.getOptionalValue("packnum.http.max-upload-bytes", Long.class).orElse(20_971_520L);
    allowedOrigins =
        config.getOptionalValues("packnum.http.allowed-origins", String.class).orElse(List.of());
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long limit = isJson(request.getContentType()) ? maxBodyBytes : maxUploadBytes;
    if (request.getContentLengthLong() > limit) {
      swallow(request);
      HttpProblems.write(request, response, 413, "payload-too-large", limit);
      return;
    }
    if (!Csrf.isSafe(request.getMethod())
        && !Csrf.BY_BEARER.equals(request.getAttribute(Csrf.AUTHENTICATED_BY))) {
      String refusal = csrfRefusal(request);
      if (refusal != null) {
        HttpProblems.write(request, response, 403, refusal);
        return;
      }
    }
    chain.doFilter(new LimitedBody(request, limit), response);
  }

  /**
   * JSON bodies (and bodies without a type) get the small limit; files uploaded get the larger one.
   */
  static boolean isJson(String contentType) {
    return contentType == null || contentType.toLowerCase(java.util.Locale.ROOT).contains("json");
  }

  /**
   * Reads and drops a refused body up to {@link #SWALLOW_BYTES}, so that the client, still sending,
   * gets to read the 413 instead of a reset connection. Larger bodies are cut off.
   */
  private static void swallow(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > SWALLOW_BYTES) {
      return;
    }
    var in = request.getInputStream();
    byte[] buffer = new byte[16 * 1024];
    while (in.read(buffer) >= 0) {
      // discard
    }
  }

  private String csrfRefusal(HttpServletRequest request) {
    if ("cross-site".equals(request.getHeader("Sec-Fetch-Site"))
        || !Csrf.sameOrigin(
            request.getHeader("Origin"), request.getHeader("Host"), allowedOrigins)) {
      return "csrf-origin";
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    HttpSession session = request.getSession(false);
    if (session == null || LOGIN_PATH.equals(path)) {
      return null;
    }
    Object expected = session.getAttribute(Csrf.SESSION_ATTRIBUTE);
    return Csrf.matches(
            expected == null ? null : expected.toString(), request.getHeader(Csrf.HEADER))
        ? null
        : "csrf-token";
  }

  /**
   * A request whose body stream fails with {@link PayloadTooLarge} past the limit (chunked bodies
   * too).
   */
  static final class LimitedBody extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;

    LimitedBody(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream(), limit);
      }
      return stream;
    }
  }

  static final class Counting extends ServletInputStream {
    private final ServletInputStream delegate;
    private final long limit;
    private long count;

    Counting(ServletInputStream delegate, long limit) {
      this.delegate = delegate;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = delegate.read();
      if (b >= 0) {
        advance(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = delegate.read(buffer, offset, length);
      if (n > 0) {
        advance(n);
      }
      return n;
    }

    private void advance(int n) throws PayloadTooLarge {
      count += n;
      if (count > limit) {
        throw new PayloadTooLarge(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return delegate.isFinished();
    }

    @Override
    public boolean isReady() {
      return delegate.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      delegate.setReadListener(listener);
    }
  }
}
