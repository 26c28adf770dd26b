package fr.packnum.support.control;

import fr.packnum.platform.control.Page;
import fr.packnum.platform.control.PagedQuery;
import fr.packnum.support.entity.CallStatus;
import fr.packnum.support.entity.FollowUpCall;
import fr.packnum.support.entity.PlanStatus;
import fr.packnum.support.entity.SkillsAssessment;
import fr.packnum.support.entity.SupportPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Support plans, their calls and self-assessments in the database, seen through a scope. */
@ApplicationScoped
public class PlanStore {

  @PersistenceContext EntityManager em;

  public void add(SupportPlan plan) {
    em.persist(plan);
    em.flush(); // the unique constraints: one plan per hand-over, one open per request
  }

  public void flush() {
    em.flush();
  }

  public SupportPlan get(long id, PlanScope scope) {
    return reached(em.find(SupportPlan.class, id), scope);
  }

  /** The plan with its row locked: two calls logged at once on one plan are logged in turn. */
  public SupportPlan locked(long id, PlanScope scope) {
    return reached(em.find(SupportPlan.class, id, LockModeType.PESSIMISTIC_WRITE), scope);
  }

  private static SupportPlan reached(SupportPlan plan, PlanScope scope) {
    if (plan == null || !scope.reaches(plan.structure().id())) {
      throw new PlanNotFound();
    }
    return plan;
  }

  /** The plan opened at a hand-over, if any. */
  public Optional<SupportPlan> ofHandover(long handoverId) {
    return em.createQuery(
            "select p from SupportPlan p where p.handover.id = :id", SupportPlan.class)
        .setParameter("id", handoverId)
        .getResultStream()
        .findFirst();
  }

  /** A request's plans, the latest first (a swap after a return opens a second one). */
  public List<SupportPlan> ofRequest(long requestId) {
    return em.createQuery(
            "select p from SupportPlan p where p.request.id = :id order by p.id desc",
            SupportPlan.class)
        .setParameter("id", requestId)
        .getResultList();
  }

  public record Filter(PlanStatus status, Long supportUserId) {}

  /** The open plans first, then by start, the latest first. */
  public Page<SupportPlan> list(PlanScope scope, Filter filter, int offset, int size) {
    return PagedQuery.of(SupportPlan.class, "p")
        .where("p.structure.id = :team", "team", scope.structureId())
        .where("p.status = :status", "status", filter.status())
        .where("p.supportPerson.id = :person", "person", filter.supportUserId())
        .page(em, "p.status desc, p.startedOn desc, p.id desc", offset, size);
  }

  /**
   * The calls due on or before {@code on} in the caller's reach, of {@code supportUserId}'s plans
   * when given: the oldest first, so that a household waiting since Monday is called before
   * today's.
   */
  public Page<FollowUpCall> callsDue(
      PlanScope scope, LocalDate on, Long supportUserId, int offset, int size) {
    return PagedQuery.of(FollowUpCall.class, "c")
        .where("c.status = :due", "due", CallStatus.DUE)
        .where("c.dueOn <= :on", "on", on)
        .where("c.plan.status = :open", "open", PlanStatus.OPEN)
        .where("c.plan.structure.id = :team", "team", scope.structureId())
        .where("c.plan.supportPerson.id = :person", "person", supportUserId)
        .page(em, "c.dueOn, c.plan.id, c.position", offset, size);
  }

  /** The call, in a plan the caller reaches. */
  public FollowUpCall call(long planId, long callId, PlanScope scope) {
    SupportPlan plan = locked(planId, scope);
    return plan.calls().stream()
        .filter(c -> c.id() == callId)
        .findFirst()
        .orElseThrow(fr.packnum.support.entity.CallNotFound::new);
  }

  public List<SkillsAssessment> assessments(long planId) {
    return em.createQuery(
            "select s from SkillsAssessment s where s.plan.id = :id order by s.phase desc",
            SkillsAssessment.class)
        .setParameter("id", planId)
        .getResultList();
  }

  public Optional<SkillsAssessment> assessment(
      long planId, fr.packnum.support.entity.AssessmentPhase phase) {
    return em.createQuery(
            "select s from SkillsAssessment s where s.plan.id = :id and s.phase = :phase",
            SkillsAssessment.class)
        .setParameter("id", planId)
        .setParameter("phase", phase)
        .getResultStream()
        .findFirst();
  }

  public void add(SkillsAssessment assessment) {
    em.persist(assessment);
    em.flush();
  }

  /** Follow-up calls still due whose day is before {@code today}, every support person's. */
  public long callsOverdue(LocalDate today) {
    return em.createQuery(
            "select count(c) from FollowUpCall c where c.status = :due and c.dueOn < :today",
            Long.class)
        .setParameter("due", CallStatus.DUE)
        .setParameter("today", today)
        .getSingleResult();
  }
}
