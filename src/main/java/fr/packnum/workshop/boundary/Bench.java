package fr.packnum.workshop.boundary;

import fr.packnum.accounts.boundary.CurrentUser;
import fr.packnum.platform.control.Messages;
import fr.packnum.platform.control.Problem;
import fr.packnum.platform.control.ProblemException.FieldKey;
import fr.packnum.platform.control.Problems;
import fr.packnum.platform.entity.Actor;
import fr.packnum.workshop.control.Checklists;
import fr.packnum.workshop.entity.Device;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;

/**
 * What the workshop's resources need to know about the request: who works, in which language; and
 * the checklists, read once from the configuration.
 */
@ApplicationScoped
public class Bench {

  @Inject CurrentUser currentUser;
  @Inject HttpServletRequest request;
  @Inject Config config;

  private Checklists checklists;

  @PostConstruct
  void readChecklists() {
    checklists = new Checklists(key -> config.getOptionalValue(key, String.class).orElse(null));
  }

  /** The signed-in user, named as history and certificates show them. */
  public Actor technician() {
    currentUser.require();
    return currentUser.signature();
  }

  public Locale locale() {
    return Messages.localeFor(request.getHeader("Accept-Language"));
  }

  public Checklists checklists() {
    return checklists;
  }

  public List<String> checklist(Device device) {
    return checklists().forDevice(device.type(), device.specs().webcam());
  }

  /** Field-level keys in the caller's language. */
  public List<Problem.FieldError> translate(List<FieldKey> keys) {
    return Problems.fieldErrors(locale(), keys);
  }

  public String text(String key, Object... args) {
    return Messages.text(locale(), key, args);
  }
}
