package fr.packnum.matching.boundary;

import fr.packnum.households.entity.PackRequest;
import fr.packnum.households.entity.PreferredDevice;
import fr.packnum.matching.control.Explanation;
import fr.packnum.matching.control.Proposal;
import fr.packnum.workshop.entity.Device;
import fr.packnum.workshop.entity.DeviceType;
import fr.packnum.workshop.entity.Grade;
import java.util.List;
import java.util.Map;

/**
 * A proposal as the coordinator reviews it: each pair with its scores and its explanation in French
 * and English, each request left without a device and why. Requests are named by their reference
 * and structure: nothing of the household.
 */
public record ProposalView(
    int weightsVersion,
    List<PairView> pairs,
    List<UnmatchedView> unmatched,
    long totalPriority,
    long totalFit,
    int availableDevices,
    int requests,
    long compatiblePairs,
    long solveMillis) {

  public record Text(String fr, String en) {
    static Text of(Explanation explanation) {
      return new Text(explanation.french(), explanation.english());
    }
  }

  public record PairView(
      long requestId,
      String reference,
      String structureName,
      PreferredDevice wanted,
      long deviceId,
      String assetTag,
      DeviceType deviceType,
      String brand,
      String model,
      Grade grade,
      int priority,
      int fit,
      Text explanation) {}

  public record UnmatchedView(
      long requestId, String reference, String structureName, int priority, Text reason) {}

  static ProposalView of(
      Proposal proposal,
      int weightsVersion,
      Map<Long, PackRequest> requests,
      Map<Long, Device> devices) {
    List<PairView> pairs =
        proposal.pairs().stream()
            .map(
                pair -> {
                  PackRequest request = requests.get(pair.request().requestId());
                  Device device = devices.get(pair.device().deviceId());
                  return new PairView(
                      request.id(),
                      request.reference(),
                      request.structure().name(),
                      request.preferredDevice(),
                      device.id(),
                      device.assetTag().value(),
                      device.type(),
                      device.specs().brand(),
                      device.specs().model(),
                      device.grade().orElse(null),
                      pair.priority(),
                      pair.fit(),
                      Text.of(pair.explanation()));
                })
            .toList();
    List<UnmatchedView> unmatched =
        proposal.unmatched().stream()
            .map(
                left -> {
                  PackRequest request = requests.get(left.request().requestId());
                  return new UnmatchedView(
                      request.id(),
                      request.reference(),
                      request.structure().name(),
                      left.priority(),
                      Text.of(left.reason()));
                })
            .toList();
    Proposal.Statistics statistics = proposal.statistics();
    return new ProposalView(
        weightsVersion,
        pairs,
        unmatched,
        proposal.totalPriority(),
        proposal.totalFit(),
        statistics.availableDevices(),
        statistics.requests(),
        statistics.compatiblePairs(),
        statistics.solveTime().toMillis());
  }
}
