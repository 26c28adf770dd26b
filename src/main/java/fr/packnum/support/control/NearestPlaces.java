package fr.packnum.support.control;

import fr.packnum.support.entity.Service;
import fr.packnum.support.entity.SupportPlace;
import fr.packnum.territory.entity.GeoPoint;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The places nearest to a point — a household's commune centre — as the crow flies (great-circle
 * distance), those offering a service if one is asked, nearest first; equal distances by name.
 */
public final class NearestPlaces {

  /** A place and how far it is, in kilometres. */
  public record Nearby(SupportPlace place, double kilometres) {}

  private NearestPlaces() {}

  public static List<Nearby> from(
      GeoPoint point, Collection<SupportPlace> places, Service service, int limit) {
    return places.stream()
        .filter(place -> place.offers(service))
        .map(place -> new Nearby(place, place.kilometresFrom(point)))
        .sorted(
            Comparator.comparingDouble(Nearby::kilometres)
                .thenComparing(nearby -> nearby.place().name()))
        .limit(Math.max(0, limit))
        .toList();
  }
}
