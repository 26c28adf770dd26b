package fr.packnum.workshop.boundary;

import fr.packnum.workshop.entity.DeviceType;
import fr.packnum.workshop.entity.Grade;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;

/** The workshop's reference lists, in the caller's language: checklists per type, grades. */
@Path("workshop")
@RequestScoped
@RolesAllowed({"TECHNICIAN", "COORDINATOR"})
@Produces(MediaType.APPLICATION_JSON)
public class WorkshopResource {

  @Inject Bench bench;

  public record Item(String key, String label) {}

  public record Checklist(DeviceType type, List<Item> items) {}

  public record GradeDefinition(Grade grade, String definition) {}

  @GET
  @Path("checklists")
  public List<Checklist> checklists() {
    return Arrays.stream(DeviceType.values())
        .map(
            type ->
                new Checklist(
                    type,
                    bench.checklists().forType(type).stream()
                        .map(key -> new Item(key, bench.text("checklist." + key)))
                        .toList()))
        .toList();
  }

  @GET
  @Path("grades")
  public List<GradeDefinition> grades() {
    return Arrays.stream(Grade.values())
        .map(grade -> new GradeDefinition(grade, bench.text("grade." + grade.name())))
        .toList();
  }
}
