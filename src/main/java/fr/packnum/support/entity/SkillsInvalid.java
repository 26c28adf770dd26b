package fr.packnum.support.entity;

import fr.packnum.platform.control.ProblemException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A task of the self-assessment left unanswered or answered out of 0–2 (422 per task). */
public class SkillsInvalid extends ProblemException {

  SkillsInvalid(List<FieldKey> fields) {
    super(422, "skills-invalid", fields);
  }

  static void check(Map<Skill, Integer> levels) {
    List<FieldKey> wrong =
        Arrays.stream(Skill.values())
            .filter(
                skill -> {
                  Integer level = levels == null ? null : levels.get(skill);
                  return level == null
                      || level < SkillsAssessment.NOT_AT_ALL
                      || level > SkillsAssessment.ALONE;
                })
            .map(skill -> new FieldKey("levels." + skill.name(), "skills.level-required"))
            .toList();
    if (!wrong.isEmpty()) {
      throw new SkillsInvalid(wrong);
    }
  }
}
