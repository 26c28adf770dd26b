package fr.packnum.support.boundary;

import fr.packnum.support.control.HoursUnreadable;
import fr.packnum.support.control.OpeningHours;
import fr.packnum.support.entity.PlaceDescription;
import fr.packnum.support.entity.Service;
import fr.packnum.support.entity.SupportPlace;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A support place as the directory shows it: the standard's fields, its services with their
 * wording, its opening hours day by day and in words (the caller's language), and, for a nearest
 * search, how far it is.
 */
public record PlaceView(
    long id,
    String standardId,
    String pivot,
    String name,
    String communeName,
    String postcode,
    String inseeCode,
    String address,
    double latitude,
    double longitude,
    String typology,
    String phone,
    String emails,
    String website,
    String openingHours,
    Hours hours,
    List<ServiceView> services,
    String publics,
    String specificSupport,
    String fees,
    String nationalProgrammes,
    String supportModes,
    String appointmentUrl,
    LocalDate updatedOn,
    Double distanceKm,
    long version) {

  public record ServiceView(Service code, String label) {
    static ServiceView of(Service service) {
      return new ServiceView(service, service.label());
    }
  }

  /** One day: MONDAY…SUNDAY, its openings ("09:00–12:00"), none when closed. */
  public record DayView(String day, List<String> spans) {}

  /**
   * The opening hours read: each day, public holidays when said (null otherwise), the week in
   * words; or, when PackNum cannot read them, why ({@code problem}) and the days empty.
   */
  public record Hours(
      List<DayView> days, List<String> publicHolidays, String text, String problem) {}

  static PlaceView of(SupportPlace place, Locale locale, Double distanceKm) {
    PlaceDescription d = place.description();
    return new PlaceView(
        place.id(),
        d.standardId(),
        d.pivot(),
        d.name(),
        d.communeName(),
        d.postcode(),
        d.inseeCode().value(),
        d.address(),
        d.position().latitude(),
        d.position().longitude(),
        d.typology(),
        d.phone(),
        d.emails(),
        d.website(),
        d.openingHours(),
        hours(d.openingHours(), locale),
        d.services().stream().map(ServiceView::of).toList(),
        d.publics(),
        d.specificSupport(),
        d.fees(),
        d.nationalProgrammes(),
        d.supportModes(),
        d.appointmentUrl(),
        d.updatedOn(),
        distanceKm == null ? null : Math.round(distanceKm * 100) / 100.0,
        place.version());
  }

  private static Hours hours(String text, Locale locale) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      OpeningHours hours = OpeningHours.parse(text);
      return new Hours(
          hours.days().stream()
              .map(
                  day ->
                      new DayView(
                          day.day().name(),
                          day.spans().stream().map(OpeningHours.Span::text).toList()))
              .toList(),
          hours
              .publicHolidays()
              .map(spans -> spans.stream().map(OpeningHours.Span::text).toList())
              .orElse(null),
          hours.text(locale),
          null);
    } catch (HoursUnreadable unreadable) {
      return new Hours(
          List.of(),
          null,
          null,
          fr.packnum.platform.control.Messages.text(
              locale, unreadable.reasonKey(), unreadable.reasonArgument()));
    }
  }
}
