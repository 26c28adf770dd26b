package fr.packnum;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import fr.packnum.accounts.entity.AuditEvent;
import fr.packnum.platform.entity.Actor;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The house rules a compiler cannot see, checked on the compiled main classes (no container).
 *
 * <p>The component graph, each arrow reading "is used by": {@code platform} ← {@code territory} ←
 * {@code accounts} ← {@code workshop}, {@code households} ← {@code matching} ← {@code
 * connectivity}, {@code support} ← {@code reporting}. Reporting reads everyone and nobody reads
 * reporting; the workshop and the households never see each other; platform depends on no
 * component. Components not written yet are named so that they are guarded the day they appear.
 */
class ArchitectureTest {

  static final String ROOT = "fr.packnum";

  static final List<String> COMPONENTS =
      List.of(
          "platform",
          "territory",
          "accounts",
          "workshop",
          "households",
          "matching",
          "connectivity",
          "support",
          "reporting");

  static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ROOT);

  /**
   * The layers are optional (the components not written yet are empty), so a wrong import path
   * would let every rule pass on nothing: the rules must read each component that exists.
   */
  @Test
  void theRulesReadEveryComponentWrittenSoFar() {
    for (String component :
        List.of(
            "platform",
            "territory",
            "accounts",
            "workshop",
            "households",
            "matching",
            "connectivity",
            "reporting")) {
      assertThat(MAIN.stream().filter(c -> c.getPackageName().startsWith(ROOT + "." + component)))
          .as("classes of %s", component)
          .isNotEmpty();
    }
  }

  @Test
  void componentsDependOnlyDownTheGraph() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .withOptionalLayers(true)
        .layer("platform")
        .definedBy(ROOT + ".platform..")
        .layer("territory")
        .definedBy(ROOT + ".territory..")
        .layer("accounts")
        .definedBy(ROOT + ".accounts..")
        .layer("workshop")
        .definedBy(ROOT + ".workshop..")
        .layer("households")
        .definedBy(ROOT + ".households..")
        .layer("matching")
        .definedBy(ROOT + ".matching..")
        .layer("connectivity")
        .definedBy(ROOT + ".connectivity..")
        .layer("support")
        .definedBy(ROOT + ".support..")
        .layer("reporting")
        .definedBy(ROOT + ".reporting..")
        .whereLayer("reporting")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("connectivity")
        .mayOnlyBeAccessedByLayers("reporting")
        .whereLayer("support")
        .mayOnlyBeAccessedByLayers("reporting")
        .whereLayer("matching")
        .mayOnlyBeAccessedByLayers("connectivity", "support", "reporting")
        .whereLayer("workshop")
        .mayOnlyBeAccessedByLayers("matching", "connectivity", "support", "reporting")
        .whereLayer("households")
        .mayOnlyBeAccessedByLayers("matching", "connectivity", "support", "reporting")
        .whereLayer("accounts")
        .mayOnlyBeAccessedByLayers(
            "workshop", "households", "matching", "connectivity", "support", "reporting")
        .whereLayer("territory")
        .mayOnlyBeAccessedByLayers(
            "accounts",
            "workshop",
            "households",
            "matching",
            "connectivity",
            "support",
            "reporting")
        .whereLayer("platform")
        .mayOnlyBeAccessedByLayers(
            "territory",
            "accounts",
            "workshop",
            "households",
            "matching",
            "connectivity",
            "support",
            "reporting")
        .check(MAIN);
  }

  @Test
  void everyClassBelongsToAKnownComponent() {
    classes()
        .should()
        .resideInAnyPackage(
            COMPONENTS.stream().map(c -> ROOT + "." + c + "..").toArray(String[]::new))
        .because("a component missing from the graph above would escape its rule")
        .check(MAIN);
  }

  @Test
  void aBoundaryReachesAnotherComponentOnlyThroughItsBoundary() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".*.boundary..")
        .should(useAnotherComponentsStore())
        .because("a resource reaches another component only through its boundary or use cases")
        .check(MAIN);
  }

  @Test
  void entitiesDoNotKnowBoundaries() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".*.entity..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ROOT + ".*.boundary..")
        .check(MAIN);
  }

  @Test
  void noClassIsNamedAfterNothing() {
    noClasses()
        .should()
        .haveSimpleNameEndingWith("Impl")
        .orShould()
        .haveSimpleNameEndingWith("Manager")
        .orShould()
        .haveSimpleNameEndingWith("Helper")
        .orShould()
        .haveSimpleNameStartingWith("Default")
        .because("STYLE.md: a name says what the class is for")
        .check(MAIN);
  }

  @Test
  void nothingWritesToStandardStreams() {
    NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.because("STYLE.md: JUL through a Logger").check(MAIN);
  }

  @Test
  void jaxRsResourcesEndInResource() {
    classes()
        .that()
        .areAnnotatedWith(Path.class)
        .should()
        .haveSimpleNameEndingWith("Resource")
        .allowEmptyShould(true)
        .check(MAIN);
  }

  @Test
  void entitiesHoldNoEntityManager() {
    noFields()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage(ROOT + ".*.entity..")
        .should()
        .haveRawType(EntityManager.class)
        .because("entities carry behaviour, stores carry persistence")
        .check(MAIN);
  }

  /**
   * A history line (an entity named {@code *Event}) says who did it with the one {@link Actor} and
   * nothing of its own. The audit log is the exception: it records the login and the role, which is
   * what an auditor asks, not the name a history shows.
   */
  @Test
  void everyHistoryLineIsSignedWithTheOneActor() {
    classes()
        .that()
        .resideInAPackage(ROOT + ".*.entity..")
        .and()
        .areAnnotatedWith(Entity.class)
        .and()
        .haveSimpleNameEndingWith("Event")
        .and()
        .doNotHaveFullyQualifiedName(AuditEvent.class.getName())
        .should(embedAnActorAndNoActorColumnsOfTheirOwn())
        .check(MAIN);
  }

  static ArchCondition<JavaClass> embedAnActorAndNoActorColumnsOfTheirOwn() {
    return new ArchCondition<>("embed an Actor and declare no actor field of their own") {
      @Override
      public void check(JavaClass entity, ConditionEvents events) {
        boolean embeds =
            entity.getFields().stream().anyMatch(f -> f.getRawType().isEquivalentTo(Actor.class));
        if (!embeds) {
          events.add(SimpleConditionEvent.violated(entity, entity.getName() + " has no Actor"));
        }
        entity.getFields().stream()
            .filter(f -> !f.getRawType().isEquivalentTo(Actor.class))
            .filter(f -> f.getName().toLowerCase(Locale.ROOT).startsWith("actor"))
            .forEach(
                f ->
                    events.add(
                        SimpleConditionEvent.violated(
                            f, f.getFullName() + " says who acted outside the Actor")));
      }
    };
  }

  static final Pattern STORE =
      Pattern.compile("fr\\.packnum\\.(\\w+)\\.control\\.\\w*Store(\\$.*)?");

  static Optional<String> component(JavaClass c) {
    Matcher m = Pattern.compile("fr\\.packnum\\.(\\w+)(\\..*)?").matcher(c.getPackageName());
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  static ArchCondition<JavaClass> useAnotherComponentsStore() {
    return new ArchCondition<>("use another component's control *Store") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String own = component(origin).orElse("");
        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
          Matcher m = STORE.matcher(d.getTargetClass().getName());
          if (m.matches() && !m.group(1).equals(own)) {
            events.add(SimpleConditionEvent.satisfied(origin, d.getDescription()));
          }
        }
      }
    };
  }
}
