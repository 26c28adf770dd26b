package fr.packnum.workshop.boundary;

import fr.packnum.workshop.control.LabelLayout;
import fr.packnum.workshop.entity.DeviceStatus;
import fr.packnum.workshop.entity.DeviceType;
import fr.packnum.workshop.entity.DonationMode;
import fr.packnum.workshop.entity.DonorKind;
import fr.packnum.workshop.entity.ErasureMethod;
import fr.packnum.workshop.entity.ErasureResult;
import fr.packnum.workshop.entity.ErasureStandard;
import fr.packnum.workshop.entity.Grade;
import fr.packnum.workshop.entity.KeyboardLayout;
import fr.packnum.workshop.entity.ScrapChannel;
import fr.packnum.workshop.entity.StorageKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;

/**
 * The workshop's reference lists: checklists per type and grades in the caller's language, and the
 * enumerations the pages offer.
 */
@Path("workshop")
@ApplicationScoped
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

  /**
   * The workshop's enumerations, in their order; the browser labels them in its language, keyed by
   * value.
   */
  public record Vocabulary(
      List<DeviceStatus> statuses,
      List<DeviceType> types,
      List<KeyboardLayout> keyboards,
      List<StorageKind> storageKinds,
      List<ErasureMethod> erasureMethods,
      List<ErasureStandard> erasureStandards,
      List<ErasureResult> erasureResults,
      List<ScrapChannel> scrapChannels,
      List<DonorKind> donorKinds,
      List<DonationMode> donationModes,
      List<LabelLayout> labelLayouts) {}

  @GET
  @Path("vocabulary")
  public Vocabulary vocabulary() {
    return new Vocabulary(
        List.of(DeviceStatus.values()),
        List.of(DeviceType.values()),
        List.of(KeyboardLayout.values()),
        List.of(StorageKind.values()),
        List.of(ErasureMethod.values()),
        List.of(ErasureStandard.values()),
        List.of(ErasureResult.values()),
        List.of(ScrapChannel.values()),
        List.of(DonorKind.values()),
        List.of(DonationMode.values()),
        List.of(LabelLayout.values()));
  }

  @GET
  @Path("grades")
  public List<GradeDefinition> grades() {
    return Arrays.stream(Grade.values())
        .map(grade -> new GradeDefinition(grade, bench.text("grade." + grade.name())))
        .toList();
  }
}
