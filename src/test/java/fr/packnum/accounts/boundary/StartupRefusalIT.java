package fr.packnum.accounts.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.testing.Instance;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A first start whose {@code PACKNUM_ADMIN_PASSWORD} the policy refuses does not leave a server
 * running without PackNum: the process stops with the status EX_CONFIG (78) and one line saying
 * why, no stack trace.
 */
class StartupRefusalIT {

  @Test
  void aRefusedAdministratorPasswordStopsTheServerWithOneLine() throws Exception {
    try (Instance instance =
        Instance.named("refusal").derby().with("PACKNUM_ADMIN_PASSWORD", "Motdepasse2026")) {
      Process server = instance.launch();
      assertThat(server.waitFor(240, TimeUnit.SECONDS)).as("the server stops by itself").isTrue();
      String output = instance.output();
      assertThat(server.exitValue()).as(output).isEqualTo(78);
      assertThat(output).contains("PACKNUM_ADMIN_PASSWORD is refused");
      assertThat(output).doesNotContain("at fr.packnum").doesNotContain("Motdepasse2026");
    }
  }
}
