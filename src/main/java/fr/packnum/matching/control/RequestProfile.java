package fr.packnum.matching.control;

import fr.packnum.households.entity.Need;
import fr.packnum.households.entity.PreferredDevice;
import fr.packnum.households.entity.RequiredFeature;
import java.util.Set;

/**
 * All that the matching rules read of a request besides its priority: two requests with the same
 * profile accept the same devices and value them the same.
 *
 * @param demanding school or job search: office suites, ENT and video interviews use the RAM
 * @param videoCalls school, job search, health (teleconsultation) or social ties: a webcam is used
 */
record RequestProfile(
    PreferredDevice wanted, Set<RequiredFeature> features, boolean demanding, boolean videoCalls) {

  static RequestProfile of(QueuedRequest request) {
    boolean demanding = request.needs(Need.SCHOOL) || request.needs(Need.JOB_SEARCH);
    return new RequestProfile(
        request.wanted(),
        request.features(),
        demanding,
        demanding || request.needs(Need.HEALTH) || request.needs(Need.SOCIAL_TIES));
  }

  boolean requires(Requirement requirement) {
    return requirement == Requirement.DEVICE_TYPE || features.contains(requirement.feature());
  }

  /**
   * Same answer as {@link Requirement#allSatisfied} for every request and device of the profiles.
   */
  boolean accepts(DeviceProfile device) {
    if (!Requirement.accepts(wanted, device.type())) {
      return false;
    }
    for (RequiredFeature feature : features) {
      if (!device.features().contains(Requirement.of(feature))) {
        return false;
      }
    }
    return true;
  }
}
