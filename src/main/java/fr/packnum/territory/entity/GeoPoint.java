package fr.packnum.territory.entity;

/**
 * A position on Earth in degrees (WGS 84, as GPS and the French open-data files give it): a
 * commune's centre, a support place. Distances are great-circle distances on a sphere of the
 * Earth's mean radius (haversine): within 0.5 % of the ellipsoid's, far closer than the "which
 * place is nearest" they answer needs.
 */
public record GeoPoint(double latitude, double longitude) {

  /** The Earth's mean radius (IUGG), in kilometres. */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  public GeoPoint {
    if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("Not a position on Earth");
    }
  }

  /** Whether these degrees name a position on Earth (NaN and infinities do not). */
  public static boolean onEarth(double latitude, double longitude) {
    return latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180;
  }

  /** The great-circle distance to {@code other}, in kilometres. */
  public double kilometresTo(GeoPoint other) {
    double phi1 = Math.toRadians(latitude);
    double phi2 = Math.toRadians(other.latitude);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(other.longitude - longitude);
    double h =
        Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
            + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
