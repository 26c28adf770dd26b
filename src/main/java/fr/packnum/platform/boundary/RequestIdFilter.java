package fr.packnum.platform.boundary;

import fr.packnum.platform.control.RequestIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Gives every HTTP request an id ({@code X-Request-Id}: the caller's when well-formed, otherwise a
 * new one), answered in the response header and written in every log line of the request. First of
 * the filters (web.xml maps it before the annotated ones).
 */
@WebFilter(filterName = "RequestIds", urlPatterns = "/*")
public class RequestIdFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String id = RequestIds.of(request.getHeader(RequestIds.HEADER));
    response.setHeader(RequestIds.HEADER, id);
    RequestIds.begin(id);
    try {
      chain.doFilter(request, response);
    } finally {
      RequestIds.end();
    }
  }
}
