package fr.packnum.households.control;

import fr.packnum.platform.control.InstanceKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key of the households' identity hash. In production it comes from configuration ({@code
 * PACKNUM_HOUSEHOLDS_IDENTITY_KEY}, 32 bytes or more in Base64), kept apart from the database so
 * that a stolen dump cannot be matched against a list of names. When none is configured (a
 * demonstration, a first start), PackNum generates one and keeps it in the database, the same for
 * every instance, and says so in the log.
 */
@ApplicationScoped
public class IdentityKeys {

  static final String NAME = "household-identity";

  @Inject
  @ConfigProperty(name = "packnum.households.identity-key")
  Optional<String> configured;

  @Inject InstanceKeys keys;

  private volatile IdentityHash hash;

  public IdentityHash hash() {
    IdentityHash current = hash;
    if (current == null) {
      current = new IdentityHash(Base64.getDecoder().decode(configured.orElseGet(this::stored)));
      hash = current;
    }
    return current;
  }

  private String stored() {
    try {
      return keys.getOrCreate(NAME);
    } catch (RuntimeException anotherInstanceWasFaster) {
      return keys.getOrCreate(NAME);
    }
  }
}
