package fr.packnum.households.entity;

import fr.packnum.platform.control.ProblemException;
import java.util.List;

/** Consent must be recorded with the notice actually shown: the current version. */
public class NoticeVersionUnknown extends ProblemException {

  public NoticeVersionUnknown(int current) {
    super(
        422,
        "notice-version",
        List.of(new FieldKey("consent.noticeVersion", "consent.notice.version", current)),
        current);
  }
}
