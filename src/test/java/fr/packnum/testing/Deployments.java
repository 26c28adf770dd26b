package fr.packnum.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR Maven just built, exactly as users deploy it (failsafe runs after {@code package}). */
public final class Deployments {

  private Deployments() {}

  public static WebArchive packnum() {
    return ShrinkWrap.create(ZipImporter.class, "packnum.war")
        .importFrom(new File("target/packnum.war"))
        .as(WebArchive.class);
  }
}
