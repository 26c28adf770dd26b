package fr.packnum.platform.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The paging parameters every list takes: {@code ?page=0&size=20} (pages count from 0, at most 100
 * items a page). Lists answer with a {@link fr.packnum.platform.control.Page}.
 */
public class Paging {

  @QueryParam("page")
  @DefaultValue("0")
  @Min(0)
  @Max(1_000_000)
  int page;

  @QueryParam("size")
  @DefaultValue("20")
  @Min(1)
  @Max(100)
  int size;

  public int page() {
    return page;
  }

  public int size() {
    return size;
  }

  public int offset() {
    return page * size;
  }
}
