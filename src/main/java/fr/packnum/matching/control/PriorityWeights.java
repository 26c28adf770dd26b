package fr.packnum.matching.control;

import fr.packnum.households.entity.Connectivity;
import fr.packnum.households.entity.Need;
import fr.packnum.households.entity.Urgency;
import java.util.ArrayList;
import java.util.List;

/**
 * The points that rank pack requests, which a coordinator reads and edits. A request's priority is
 * the sum of the points it earns; the engine serves the highest total of priority first.
 *
 * @param perSchoolChild per school-age child in the household (homework now goes through ENT,
 *     Pronote and online textbooks)
 * @param jobSearch when the household needs the computer to look for work (France Travail)
 * @param urgentWithReason when the request is URGENT and the reason is written down (an exam, an
 *     interview, a deadline); an urgency without a reason earns nothing
 * @param perDayWaiting per day since the request became ELIGIBLE, so that nobody waits forever
 *     behind newer, better-ranked requests; days beyond {@link #MAX_DAYS_COUNTED} are not counted
 * @param perHouseholdMember per person living in the household (more people share the device)
 * @param noConnectivity when the household has no internet access at all today
 * @param mobileOnly when it reaches the internet only through a phone; at most {@code
 *     noConnectivity}
 * @param qpv when the household lives in a QPV — quartier prioritaire de la politique de la ville
 */
public record PriorityWeights(
    int perSchoolChild,
    int jobSearch,
    int urgentWithReason,
    int perDayWaiting,
    int perHouseholdMember,
    int noConnectivity,
    int mobileOnly,
    int qpv) {

  /**
   * As a city committee would set them: one school-age child outweighs a job search, which
   * outweighs an urgency; fifty days of waiting weigh as much as a child.
   */
  public static final PriorityWeights DEFAULTS = new PriorityWeights(50, 40, 30, 1, 5, 20, 10, 15);

  /** The most points any single weight may give, which bounds every score the engine adds up. */
  public static final int MAX_POINTS = 1_000;

  public static final int MAX_DAYS_COUNTED = 3_650;

  public PriorityWeights {
    int[] all = {
      perSchoolChild,
      jobSearch,
      urgentWithReason,
      perDayWaiting,
      perHouseholdMember,
      noConnectivity,
      mobileOnly,
      qpv
    };
    for (int points : all) {
      if (points < 0 || points > MAX_POINTS) {
        throw new IllegalArgumentException(
            "Each weight is between 0 and " + MAX_POINTS + " points");
      }
    }
    if (mobileOnly > noConnectivity) {
      throw new WeightsInconsistent();
    }
  }

  /** The priority of a request: the sum of its points. */
  public int pointsFor(QueuedRequest request) {
    int points = perSchoolChild * request.schoolChildren();
    if (request.needs(Need.JOB_SEARCH)) {
      points += jobSearch;
    }
    if (urgentWithAReason(request)) {
      points += urgentWithReason;
    }
    points += connectivityPoints(request.connectivity());
    if (request.inQpv()) {
      points += qpv;
    }
    points += perDayWaiting * daysCounted(request);
    points += perHouseholdMember * request.householdSize();
    return points;
  }

  /** The highest priority any request can reach with these weights. */
  public int maxPoints() {
    return perSchoolChild * QueuedRequest.MAX_HOUSEHOLD_SIZE
        + jobSearch
        + urgentWithReason
        + noConnectivity
        + qpv
        + perDayWaiting * MAX_DAYS_COUNTED
        + perHouseholdMember * QueuedRequest.MAX_HOUSEHOLD_SIZE;
  }

  /**
   * What earned the request its points, in the order of {@link #pointsFor}, zero-point ones out.
   */
  public List<Reason> reasonsFor(QueuedRequest request) {
    List<Reason> reasons = new ArrayList<>();
    if (perSchoolChild > 0 && request.schoolChildren() > 0) {
      reasons.add(Reason.of(Wording.SCHOOL_CHILDREN, request.schoolChildren()));
    }
    if (jobSearch > 0 && request.needs(Need.JOB_SEARCH)) {
      reasons.add(Reason.of(Wording.JOB_SEARCH));
    }
    if (urgentWithReason > 0 && urgentWithAReason(request)) {
      reasons.add(Reason.of(Wording.URGENT));
    }
    if (connectivityPoints(request.connectivity()) > 0) {
      reasons.add(
          Reason.of(
              request.connectivity() == Connectivity.NONE
                  ? Wording.NO_CONNECTIVITY
                  : Wording.MOBILE_ONLY));
    }
    if (qpv > 0 && request.inQpv()) {
      reasons.add(Reason.of(Wording.QPV));
    }
    if (perDayWaiting > 0 && request.daysWaiting() > 0) {
      reasons.add(Reason.of(Wording.WAITING, request.daysWaiting()));
    }
    if (perHouseholdMember > 0) {
      reasons.add(Reason.of(Wording.HOUSEHOLD, request.householdSize()));
    }
    return reasons;
  }

  private static boolean urgentWithAReason(QueuedRequest request) {
    return request.urgency() == Urgency.URGENT && request.urgencyReasonGiven();
  }

  private int connectivityPoints(Connectivity connectivity) {
    return switch (connectivity) {
      case NONE -> noConnectivity;
      case MOBILE_ONLY -> mobileOnly;
      case SHARED, HOME_INTERNET -> 0;
    };
  }

  private static int daysCounted(QueuedRequest request) {
    return (int) Math.min(request.daysWaiting(), MAX_DAYS_COUNTED);
  }
}
