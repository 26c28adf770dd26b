package fr.packnum.territory.boundary;

import fr.packnum.territory.control.Communes;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At start, the operator's own commune centres ({@code PACKNUM_TERRITORY_CENTRES_CSV}: a CSV of
 * {@code code;latitude;longitude}) replace the shipped ones for their communes. A file that cannot
 * be read, or holds a bad line, stops the start with the line named: a wrong map silently kept
 * would send households to the wrong place.
 */
@Startup
@Singleton
public class CommuneCentres {

  @Inject Logger log;

  @Inject
  @ConfigProperty(name = "packnum.territory.centres-csv")
  Optional<String> file;

  @PostConstruct
  void load() {
    if (file.isEmpty() || file.get().isBlank()) {
      return;
    }
    Path path = Path.of(file.get());
    try (Reader csv = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      int loaded = Communes.official().loadCentres(csv);
      log.log(Level.INFO, "{0} commune centres loaded from {1}", new Object[] {loaded, path});
    } catch (IOException | IllegalArgumentException refused) {
      throw new IllegalStateException("Commune centres not loaded from " + path, refused);
    }
  }
}
