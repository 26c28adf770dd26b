package fr.packnum.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP client for the PackNum API with its own cookie jar: one instance is one browser session.
 * It sends the session's CSRF token on state-changing calls, as the UI does.
 */
public class Api {

  private final URI base;
  private final HttpClient http;
  private final Map<String, String> defaultHeaders = new LinkedHashMap<>();
  private String csrfToken;

  public Api(URL base) {
    this.base = URI.create(base.toString().replaceAll("/+$", "") + "/");
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** The server root, where {@code /openapi} and {@code /health} live. */
  public URI root() {
    return base.resolve("/");
  }

  public Api header(String name, String value) {
    defaultHeaders.put(name, value);
    return this;
  }

  public Api bearer(String token) {
    return header("Authorization", "Bearer " + token);
  }

  public String csrfToken() {
    return csrfToken;
  }

  public Reply get(String path, String... headers) {
    return send("GET", path, null, headers);
  }

  public Reply post(String path, String json, String... headers) {
    return send("POST", path, json, headers);
  }

  public Reply put(String path, String json, String... headers) {
    return send("PUT", path, json, headers);
  }

  public Reply delete(String path, String... headers) {
    return send("DELETE", path, null, headers);
  }

  /** Sends a request; {@code headers} are name/value pairs added after the defaults. */
  public Reply send(String method, String path, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                path.startsWith("http")
                    ? URI.create(path)
                    : base.resolve(path.replaceFirst("^/", "")))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (csrfToken != null && !"GET".equals(method)) {
      request.header("X-CSRF-Token", csrfToken);
    }
    defaultHeaders.forEach(request::header);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.setHeader(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      Reply reply = new Reply(response);
      reply.optionalString("csrfToken").ifPresent(token -> csrfToken = token);
      return reply;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends a request and answers the raw bytes of the body (PDFs, spreadsheets). */
  public Binary binary(String method, String path, byte[] body, String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                path.startsWith("http")
                    ? URI.create(path)
                    : base.resolve(path.replaceFirst("^/", "")))
            .timeout(Duration.ofSeconds(120))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (csrfToken != null && !"GET".equals(method)) {
      request.header("X-CSRF-Token", csrfToken);
    }
    defaultHeaders.forEach(request::header);
    try {
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Binary(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.headers().firstValue("Location").orElse(null),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A raw answer. */
  public record Binary(int status, String contentType, String location, byte[] body) {
    public String text() {
      return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /** Forgets the CSRF token this client would send (to test refusals). */
  public void dropCsrfToken() {
    csrfToken = null;
  }

  /** One answer of the server. */
  public static final class Reply {
    private final HttpResponse<String> response;

    Reply(HttpResponse<String> response) {
      this.response = response;
    }

    public int status() {
      return response.statusCode();
    }

    public String body() {
      return response.body();
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public java.util.List<String> headers(String name) {
      return response.headers().allValues(name);
    }

    /**
     * The JSON body when the status is {@code status}, else an {@link AssertionError} naming the
     * call and the answer. Plain Java, so that test support used inside the server needs no
     * assertion library there.
     */
    public JsonObject expect(int status) {
      if (status() != status) {
        throw new AssertionError("expected " + status + ": " + this);
      }
      return json();
    }

    public JsonObject json() {
      JsonStructure structure = Json.createReader(new StringReader(body())).read();
      return (JsonObject) structure;
    }

    /** A list answer (not a page), after checking its status. */
    public jakarta.json.JsonArray array(int status) {
      if (status() != status) {
        throw new AssertionError("expected " + status + ": " + this);
      }
      return Json.createReader(new StringReader(body())).readArray();
    }

    public java.util.Optional<String> optionalString(String name) {
      String type = header("Content-Type");
      if (type == null || !type.contains("json") || body().isBlank() || !body().startsWith("{")) {
        return java.util.Optional.empty();
      }
      JsonObject json = json();
      return json.containsKey(name) && !json.isNull(name)
          ? java.util.Optional.of(json.getString(name))
          : java.util.Optional.empty();
    }

    @Override
    public String toString() {
      return response.request().method() + " " + response.uri() + " -> " + status() + " " + body();
    }
  }
}
