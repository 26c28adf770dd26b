package fr.packnum.platform.benchmark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP/1.1 load generator, in the manner of wrk: {@code connections} keep-alive
 * sockets, one thread each, every thread sending its next request as soon as the previous answer is
 * read. A warm-up period first (not counted), then a measured period: throughput, and latency
 * percentiles from every request's own time. The requests are written by hand, so that the client
 * costs as little CPU as possible on a machine it shares with the server.
 */
final class Load {

  /** One request: method, path (from the base URL), headers, body (may be null). */
  record Request(String method, String path, Map<String, String> headers, String body) {
    static Request get(String path, Map<String, String> headers) {
      return new Request("GET", path, headers, null);
    }
  }

  /** What a measured period gave. */
  record Result(
      String name,
      long requests,
      long errors,
      double seconds,
      double p50Millis,
      double p99Millis,
      double maxMillis,
      String firstError) {
    double perSecond() {
      return requests / seconds;
    }

    String row() {
      return String.format(
          Locale.ROOT,
          "| %s | %,.0f | %.1f | %.1f | %.0f | %d |",
          name,
          perSecond(),
          p50Millis,
          p99Millis,
          maxMillis,
          errors);
    }
  }

  private Load() {}

  /** The requests of a run: {@code next(c, n)} is the n-th request of connection c. */
  interface Requests {
    Request next(int connection, int n);
  }

  /**
   * Runs {@code requests} from {@code connections} connections: {@code warmUp} seconds, then {@code
   * measured} seconds. Answers outside 2xx count as errors, the first one kept for the report.
   */
  static Result run(
      String name, URI base, int connections, double warmUp, double measured, Requests requests) {
    long start = System.nanoTime();
    long measureFrom = start + (long) (warmUp * 1e9);
    long stopAt = measureFrom + (long) (measured * 1e9);
    AtomicLong errors = new AtomicLong();
    String[] firstError = new String[1];
    List<long[]> latencies = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    CountDownLatch done = new CountDownLatch(connections);
    for (int c = 0; c < connections; c++) {
      int index = c;
      long[][] mine = {new long[1 << 14]};
      int[] count = {0};
      Thread thread =
          new Thread(
              () -> {
                try {
                  Connection connection = null;
                  int n = 0;
                  while (true) {
                    long sent = System.nanoTime();
                    if (sent >= stopAt) {
                      break;
                    }
                    if (connection == null) {
                      connection = new Connection(base);
                    }
                    Request request = requests.next(index, n++);
                    int status;
                    String body;
                    try {
                      Connection.Answer answer = connection.exchange(request);
                      status = answer.status();
                      body = answer.body();
                      if (!answer.keepAlive()) {
                        connection.close();
                        connection = null;
                      }
                    } catch (IOException e) {
                      status = -1;
                      body = e.toString();
                      connection.close();
                      connection = null;
                    }
                    long received = System.nanoTime();
                    if (sent < measureFrom) {
                      continue;
                    }
                    if (status < 200 || status > 299) {
                      errors.incrementAndGet();
                      synchronized (firstError) {
                        if (firstError[0] == null) {
                          firstError[0] =
                              request.method()
                                  + " "
                                  + request.path()
                                  + " → "
                                  + status
                                  + " "
                                  + body.substring(0, Math.min(300, body.length()));
                        }
                      }
                      continue;
                    }
                    if (count[0] == mine[0].length) {
                      mine[0] = Arrays.copyOf(mine[0], mine[0].length * 2);
                    }
                    mine[0][count[0]++] = received - sent;
                  }
                  if (connection != null) {
                    connection.close();
                  }
                } finally {
                  synchronized (latencies) {
                    latencies.add(Arrays.copyOf(mine[0], count[0]));
                  }
                  done.countDown();
                }
              },
              "load-" + c);
      thread.setDaemon(true);
      threads.add(thread);
    }
    threads.forEach(Thread::start);
    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    double seconds = measured;
    return new Result(
        name,
        all.length,
        errors.get(),
        seconds,
        percentile(all, 0.50),
        percentile(all, 0.99),
        all.length == 0 ? Double.NaN : all[all.length - 1] / 1e6,
        firstError[0]);
  }

  static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  /** One keep-alive HTTP/1.1 connection. */
  static final class Connection implements AutoCloseable {
    record Answer(int status, String body, boolean keepAlive, Map<String, String> headers) {}

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String host;
    private final Map<String, String> jar = new java.util.LinkedHashMap<>();

    Connection(URI base) {
      try {
        host = base.getHost() + ":" + base.getPort();
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
        socket.setSoTimeout(60_000);
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        out = socket.getOutputStream();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    Answer exchange(Request request) throws IOException {
      StringBuilder head = new StringBuilder(256);
      head.append(request.method())
          .append(' ')
          .append(request.path())
          .append(" HTTP/1.1\r\nHost: ")
          .append(host)
          .append("\r\n");
      request
          .headers()
          .forEach(
              (k, v) -> {
                if (!k.equalsIgnoreCase("Cookie")) {
                  head.append(k).append(": ").append(v).append("\r\n");
                }
              });
      // the request's cookies, overridden by what the server set on this connection, as a browser
      // keeps them (Payara's JSESSIONIDVERSION changes at every answer of a session)
      Map<String, String> cookies = new java.util.LinkedHashMap<>();
      for (String pair : request.headers().getOrDefault("Cookie", "").split(";")) {
        int equals = pair.indexOf('=');
        if (equals > 0) {
          cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
      }
      cookies.putAll(jar);
      if (!cookies.isEmpty()) {
        head.append("Cookie: ");
        cookies.forEach((k, v) -> head.append(k).append('=').append(v).append("; "));
        head.setLength(head.length() - 2);
        head.append("\r\n");
      }
      byte[] body = request.body() == null ? null : request.body().getBytes(StandardCharsets.UTF_8);
      if (body != null) {
        head.append("Content-Length: ").append(body.length).append("\r\n");
      }
      head.append("\r\n");
      out.write(head.toString().getBytes(StandardCharsets.UTF_8));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      return read();
    }

    private Answer read() throws IOException {
      String statusLine = line();
      if (statusLine == null) {
        throw new IOException("connection closed");
      }
      int status = Integer.parseInt(statusLine.substring(9, 12));
      long length = -1;
      boolean chunked = false;
      boolean keepAlive = true;
      Map<String, String> headers = new java.util.HashMap<>();
      for (String header = line(); header != null && !header.isEmpty(); header = line()) {
        int colon = header.indexOf(':');
        String key = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = header.substring(colon + 1).trim();
        headers.put(key, value);
        switch (key) {
          case "set-cookie" -> {
            String pair = value.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
              jar.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
          }
          case "content-length" -> length = Long.parseLong(value);
          case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
          case "connection" -> keepAlive = !value.equalsIgnoreCase("close");
          default -> {
            // not needed
          }
        }
      }
      byte[] body;
      if (chunked) {
        var collected = new java.io.ByteArrayOutputStream();
        while (true) {
          String size = line();
          int semicolon = size.indexOf(';');
          int n = Integer.parseInt(semicolon < 0 ? size.trim() : size.substring(0, semicolon), 16);
          if (n == 0) {
            for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
              // trailers ignored
            }
            break;
          }
          collected.write(in.readNBytes(n));
          line();
        }
        body = collected.toByteArray();
      } else if (length >= 0) {
        body = in.readNBytes((int) length);
      } else if (status == 204 || status == 304) {
        body = new byte[0];
      } else {
        body = in.readAllBytes();
        keepAlive = false;
      }
      return new Answer(status, new String(body, StandardCharsets.UTF_8), keepAlive, headers);
    }

    private String line() throws IOException {
      StringBuilder line = new StringBuilder(64);
      int b;
      while ((b = in.read()) >= 0) {
        if (b == '\n') {
          int end = line.length();
          if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
          }
          return line.toString();
        }
        line.append((char) b);
      }
      return line.length() == 0 ? null : line.toString();
    }

    @Override
    public void close() {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }
}
