package fr.packnum.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsrfTest {

  @Test
  void sameOriginWhenOriginMatchesTheHostAddressed() {
    assertThat(Csrf.sameOrigin("http://localhost:8080", "localhost:8080", List.of())).isTrue();
    assertThat(Csrf.sameOrigin("https://packnum.example.org", "packnum.example.org", List.of()))
        .isTrue();
    assertThat(Csrf.sameOrigin("https://packnum.example.org", "packnum.example.org:443", List.of()))
        .isTrue();
  }

  @Test
  void foreignOriginsAreRefused() {
    assertThat(Csrf.sameOrigin("https://evil.example", "localhost:8080", List.of())).isFalse();
    assertThat(Csrf.sameOrigin("http://localhost:9999", "localhost:8080", List.of())).isFalse();
    assertThat(Csrf.sameOrigin("null", "localhost:8080", List.of())).isFalse();
  }

  @Test
  void configuredPublicOriginsAreAccepted() {
    assertThat(
            Csrf.sameOrigin(
                "https://packnum.example.org",
                "10.0.0.5:8080",
                List.of("https://packnum.example.org")))
        .isTrue();
  }

  @Test
  void noOriginHeaderIsLeftToTheToken() {
    assertThat(Csrf.sameOrigin(null, "localhost:8080", List.of())).isTrue();
  }

  @Test
  void tokensAreComparedExactly() {
    String token = Csrf.newToken();
    assertThat(Csrf.matches(token, token)).isTrue();
    assertThat(Csrf.matches(token, token + "x")).isFalse();
    assertThat(Csrf.matches(token, null)).isFalse();
    assertThat(Csrf.matches(null, token)).isFalse();
  }
}
