package fr.packnum.matching.control;

import static fr.packnum.matching.control.Make.device;
import static fr.packnum.matching.control.Make.family;
import static fr.packnum.matching.control.Make.request;
import static org.assertj.core.api.Assertions.assertThat;

import fr.packnum.households.entity.Need;
import fr.packnum.households.entity.PreferredDevice;
import fr.packnum.households.entity.RequiredFeature;
import fr.packnum.workshop.entity.DeviceType;
import fr.packnum.workshop.entity.Grade;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchingExplanationTest {

  /** Children and job search only, so that the sentences stay short. */
  private final MatchingEngine engine =
      new MatchingEngine(new PriorityWeights(50, 40, 0, 0, 0, 0, 0, 0));

  @Test
  void aPairIsExplainedInFrenchAndEnglishByPriorityDeviceAndGrade() {
    QueuedRequest request =
        family(request(1, PreferredDevice.LAPTOP, RequiredFeature.WEBCAM), 2, Need.JOB_SEARCH);
    ShelfDevice laptop = Make.with(Make.withWebcam(device(10, DeviceType.LAPTOP), true), Grade.A);

    Explanation why =
        engine.propose(List.of(laptop), List.of(request)).pairs().get(0).explanation();

    assertThat(why.french())
        .isEqualTo("2 enfants scolarisés, recherche d'emploi ; portable avec webcam ; grade A");
    assertThat(why.english())
        .isEqualTo("2 school-age children, job search; laptop with webcam; grade A");
    assertThat(why.reasons())
        .extracting(Reason::wording)
        .containsExactly(
            Wording.SCHOOL_CHILDREN,
            Wording.JOB_SEARCH,
            Wording.LAPTOP,
            Wording.WITH_WEBCAM,
            Wording.GRADE);
    assertThat(why.reasons().get(0).arguments()).containsExactly(2);
  }

  @Test
  void theFitExtrasARequestWillUseAreNamed() {
    QueuedRequest pupil =
        family(request(1, PreferredDevice.ANY, RequiredFeature.KEYBOARD), 1, Need.SCHOOL);
    ShelfDevice desktop =
        Make.withRam(
            Make.withWebcam(
                Make.withSpecs(
                    device(10, DeviceType.DESKTOP),
                    null,
                    null,
                    fr.packnum.workshop.entity.KeyboardLayout.AZERTY_FR,
                    null),
                true),
            8);

    Explanation why = engine.propose(List.of(desktop), List.of(pupil)).pairs().get(0).explanation();

    assertThat(why.french())
        .isEqualTo(
            "1 enfant scolarisé ; ordinateur fixe avec clavier AZERTY ; grade B, 8 Go de RAM,"
                + " webcam pour les appels vidéo");
    assertThat(why.english())
        .isEqualTo(
            "1 school-age child; desktop with AZERTY keyboard; grade B, 8 GB RAM,"
                + " webcam for video calls");
  }

  @Test
  void aRequestNoDeviceCanServeNamesTheConstraintThatExcludesMost() {
    QueuedRequest lowVision = request(1, PreferredDevice.ANY, RequiredFeature.LARGE_SCREEN);
    List<ShelfDevice> shelf =
        List.of(
            device(10, DeviceType.LAPTOP),
            device(11, DeviceType.LAPTOP),
            device(12, DeviceType.SMARTPHONE));

    Proposal proposal = engine.propose(shelf, List.of(lowVision));

    Explanation why = proposal.unmatched().get(0).reason();
    assertThat(why.reasons())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.wording()).isEqualTo(Wording.NO_COMPATIBLE_DEVICE);
              assertThat(r.arguments()).containsExactly(Requirement.LARGE_SCREEN, 3, 3);
            });
    assertThat(why.french())
        .isEqualTo(
            "aucun appareil compatible en stock ; 3 des 3 appareils prêts sont exclus par :"
                + " écran de 15 pouces au moins");
    assertThat(why.english())
        .isEqualTo(
            "no compatible device in stock; 3 of the 3 ready devices are excluded by:"
                + " screen of 15 inches or more");
  }

  @Test
  void aRequestOutrankedSaysByHowManyPointsTheLowestServedRequestBeatIt() {
    QueuedRequest twoChildren = family(request(1, PreferredDevice.LAPTOP), 2, Need.SCHOOL);
    QueuedRequest oneChild = family(request(2, PreferredDevice.ANY), 1, Need.SCHOOL);
    QueuedRequest jobSeeker = family(request(3, PreferredDevice.ANY), 0, Need.JOB_SEARCH);
    List<ShelfDevice> shelf =
        List.of(device(10, DeviceType.LAPTOP), device(11, DeviceType.DESKTOP));

    Proposal proposal = engine.propose(shelf, List.of(twoChildren, oneChild, jobSeeker));

    assertThat(proposal.unmatched())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.request().requestId()).isEqualTo(3L);
              assertThat(u.reason().reasons().get(0).wording()).isEqualTo(Wording.OUTRANKED);
              // Both devices suit the job seeker; the lowest served request (one child, 50) beats
              // 40 by 10.
              assertThat(u.reason().reasons().get(0).arguments()).containsExactly(2, 10);
              assertThat(u.reason().french())
                  .isEqualTo(
                      "les 2 appareils compatibles vont à des demandes plus prioritaires ; la moins"
                          + " prioritaire a 10 points de plus");
              assertThat(u.reason().english())
                  .isEqualTo(
                      "the 2 compatible devices go to requests with a higher priority; the lowest of"
                          + " them has 10 more points");
            });
  }

  @Test
  void aTieAtEqualPriorityIsSaidToBeOne() {
    QueuedRequest first = family(request(1, PreferredDevice.ANY), 1, Need.SCHOOL);
    QueuedRequest second = family(request(2, PreferredDevice.ANY), 1, Need.SCHOOL);

    Proposal proposal =
        engine.propose(List.of(device(10, DeviceType.LAPTOP)), List.of(second, first));

    assertThat(proposal.pairs())
        .singleElement()
        .extracting(p -> p.request().requestId())
        .isEqualTo(1L);
    assertThat(proposal.unmatched().get(0).reason().reasons().get(0).wording())
        .isEqualTo(Wording.OUTRANKED_AT_EQUAL_PRIORITY);
    assertThat(proposal.unmatched().get(0).reason().english()).contains("equal or higher priority");
  }

  @Test
  void anEmptyShelfIsSaidToBeEmpty() {
    Proposal proposal =
        engine.propose(
            List.of(
                Make.withStatus(
                    device(10, DeviceType.LAPTOP),
                    fr.packnum.workshop.entity.DeviceStatus.IN_REFURBISHMENT,
                    false)),
            List.of(request(1, PreferredDevice.ANY)));

    assertThat(proposal.unmatched().get(0).reason().french())
        .isEqualTo("aucun appareil prêt en stock");
    assertThat(proposal.unmatched().get(0).reason().english())
        .isEqualTo("no ready device in stock");
  }
}
