package fr.packnum.platform.boundary;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie of the browser UI: HttpOnly, Secure when served over HTTPS ({@code
 * PACKNUM_SESSION_SECURE_COOKIE}), and an idle timeout ({@code PACKNUM_SESSION_IDLE_MINUTES}).
 * SameSite=Strict is set in {@code payara-web.xml}: Payara ignores the Servlet 6 cookie attribute.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  public static final String COOKIE_NAME = "packnum_session";

  @Override
  public void contextInitialized(ServletContextEvent event) {
    Config config = ConfigProvider.getConfig();
    event
        .getServletContext()
        .setSessionTimeout(
            config.getOptionalValue("packnum.session.idle-minutes", Integer.class).orElse(30));
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setName(COOKIE_NAME);
    cookie.setHttpOnly(true);
    cookie.setSecure(
        config.getOptionalValue("packnum.session.secure-cookie", Boolean.class).orElse(false));
    cookie.setPath("/");
  }
}
