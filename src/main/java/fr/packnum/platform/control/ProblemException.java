package fr.packnum.platform.control;

import java.util.List;

/**
 * A failure the caller can understand, named after the problem by its subclasses ({@code
 * UserNotFound}, {@code PasswordTooWeak}…). It carries a message key, not a text, so the answer is
 * written in the caller's language; arguments must never hold personal data.
 */
public abstract class ProblemException extends RuntimeException {

  private final int status;
  private final String key;
  private final transient Object[] args;
  private final List<FieldKey> fieldKeys;

  protected ProblemException(int status, String key, Object... args) {
    this(status, key, List.of(), args);
  }

  /** A field-level detail still to translate: the field, a message key and its arguments. */
  public record FieldKey(Integer line, String field, String key, List<Object> args) {

    public FieldKey(String field, String key, Object... args) {
      this(null, field, key, List.of(args));
    }
  }

  /** {@code fieldKeys} are translated when answered. */
  protected ProblemException(int status, String key, List<FieldKey> fieldKeys, Object... args) {
    super(key, null, false, false);
    this.status = status;
    this.key = key;
    this.args = args;
    this.fieldKeys = List.copyOf(fieldKeys);
  }

  public int status() {
    return status;
  }

  /** The message key, also the last segment of the problem type. */
  public String key() {
    return key;
  }

  public Object[] args() {
    return args.clone();
  }

  public List<FieldKey> fieldKeys() {
    return fieldKeys;
  }
}
