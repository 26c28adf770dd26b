package fr.packnum.platform.control;

import java.io.IOException;

/** Raised while reading a request body that exceeds {@code packnum.http.max-body-bytes}. */
public class PayloadTooLarge extends IOException {

  private final long limit;

  public PayloadTooLarge(long limit) {
    super("Request body over " + limit + " bytes");
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }
}
