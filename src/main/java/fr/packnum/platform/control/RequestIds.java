package fr.packnum.platform.control;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;

/**
 * The id of the HTTP request a thread is serving, so that every log line it writes says which
 * request it belongs to. The id comes from the caller's {@code X-Request-Id} header when it is a
 * plain token (a load balancer's or a client's), otherwise it is generated; it is never personal.
 *
 * <p>{@link #LOG_FIELD} adds it to log records: Payara's JSONLogFormatter writes each entry of a
 * {@code Map} among a record's parameters as a field of the JSON line ({@code "requestId":…}), and
 * formats the message with the other parameters as before.
 */
public final class RequestIds {

  public static final String HEADER = "X-Request-Id";
  public static final String FIELD = "requestId";

  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private RequestIds() {}

  /** The caller's id when well-formed, a new random one otherwise. */
  public static String of(String header) {
    return header != null && WELL_FORMED.matcher(header).matches()
        ? header
        : UUID.randomUUID().toString();
  }

  /** Marks the current thread as serving request {@code id} until {@link #end()}. */
  public static void begin(String id) {
    CURRENT.set(id);
  }

  public static void end() {
    CURRENT.remove();
  }

  public static Optional<String> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** A log filter that lets every record through, with the current request's id added. */
  public static final Filter LOG_FIELD =
      record -> {
        current().ifPresent(id -> tag(record, id));
        return true;
      };

  static void tag(LogRecord record, String id) {
    Object[] parameters = record.getParameters();
    if (parameters == null) {
      record.setParameters(new Object[] {new Field(id)});
    } else if (Arrays.stream(parameters).noneMatch(Field.class::isInstance)) {
      Object[] tagged = Arrays.copyOf(parameters, parameters.length + 1);
      tagged[parameters.length] = new Field(id);
      record.setParameters(tagged);
    }
  }

  /** {@code requestId → id}, one entry; its class tells a record already tagged. */
  static final class Field extends AbstractMap<String, String> {
    private final String id;

    Field(String id) {
      this.id = id;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
      return Set.of(new SimpleImmutableEntry<>(FIELD, id));
    }

    @Override
    public String toString() {
      return id;
    }
  }
}
