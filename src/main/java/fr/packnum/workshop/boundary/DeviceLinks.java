package fr.packnum.workshop.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The short address a label's QR code holds ({@code /d/PN-7K3QD-M}): opens the device's page in the
 * technician's browser (who signs in first if needed). Short, so the QR code stays coarse and easy
 * to scan on a small label.
 */
@WebServlet(urlPatterns = "/d/*")
public class DeviceLinks extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String tag = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
    if (!tag.matches("[A-Za-z0-9-]{1,20}")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader(
        "Location",
        request.getContextPath()
            + "/workshop/device.html?tag="
            + URLEncoder.encode(tag, StandardCharsets.UTF_8));
  }
}
