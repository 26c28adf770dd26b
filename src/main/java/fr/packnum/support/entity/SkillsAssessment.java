package fr.packnum.support.entity;

import fr.packnum.platform.entity.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a household says it can do, at the start and at the end of its follow-up: for each of the
 * five everyday tasks of {@link Skill}, 0 (not at all), 1 (with help) or 2 (alone). One per phase
 * and plan; answering again replaces the answers.
 */
@Entity
@Table(name = "support_skills")
public class SkillsAssessment {

  public static final int NOT_AT_ALL = 0;
  public static final int ALONE = 2;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "plan_id", nullable = false, updatable = false)
  private SupportPlan plan;

  @Enumerated(EnumType.STRING)
  @Column(name = "phase", nullable = false, updatable = false, length = 10)
  private AssessmentPhase phase;

  @Column(name = "email", nullable = false)
  private int email;

  @Column(name = "procedure_online", nullable = false)
  private int onlineProcedure;

  @Column(name = "video_call", nullable = false)
  private int videoCall;

  @Column(name = "safe_browsing", nullable = false)
  private int safeBrowsing;

  @Column(name = "files", nullable = false)
  private int files;

  @Column(name = "recorded_on", nullable = false)
  private LocalDate recordedOn;

  @Embedded private Actor recordedBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SkillsAssessment() {}

  public SkillsAssessment(
      SupportPlan plan,
      AssessmentPhase phase,
      Map<Skill, Integer> levels,
      Actor actor,
      LocalDate today) {
    this.plan = Objects.requireNonNull(plan);
    this.phase = Objects.requireNonNull(phase);
    answer(levels, actor, today);
  }

  /** Every task answered, each 0, 1 or 2; or {@link SkillsInvalid} naming the wrong ones. */
  public void answer(Map<Skill, Integer> levels, Actor actor, LocalDate today) {
    SkillsInvalid.check(levels);
    this.email = levels.get(Skill.EMAIL);
    this.onlineProcedure = levels.get(Skill.ONLINE_PROCEDURE);
    this.videoCall = levels.get(Skill.VIDEO_CALL);
    this.safeBrowsing = levels.get(Skill.SAFE_BROWSING);
    this.files = levels.get(Skill.FILES);
    this.recordedBy = Objects.requireNonNull(actor);
    this.recordedOn = Objects.requireNonNull(today);
  }

  public Map<Skill, Integer> levels() {
    Map<Skill, Integer> levels = new EnumMap<>(Skill.class);
    levels.put(Skill.EMAIL, email);
    levels.put(Skill.ONLINE_PROCEDURE, onlineProcedure);
    levels.put(Skill.VIDEO_CALL, videoCall);
    levels.put(Skill.SAFE_BROWSING, safeBrowsing);
    levels.put(Skill.FILES, files);
    return levels;
  }

  /** How many of the five tasks the household does alone. */
  public long doneAlone() {
    return levels().values().stream().filter(level -> level == ALONE).count();
  }

  public Long id() {
    return id;
  }

  public SupportPlan plan() {
    return plan;
  }

  public AssessmentPhase phase() {
    return phase;
  }

  public LocalDate recordedOn() {
    return recordedOn;
  }

  public Actor recordedBy() {
    return recordedBy;
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SkillsAssessment that && id != null && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
