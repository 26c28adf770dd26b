// What the follow-up pages share ("Ma journée", the workshops, one session): the sign-in guard and
// header, links between the pages, the five tasks of the skills self-assessment, and how the
// follow-up's days and session times read (dd/MM/yyyy, Paris time, as the API counts them).
import { initLanguage, lang, t, ZONE } from './i18n.js';
import { initChrome } from './layout.js';
import { pageUrl, requireUser } from './session.js';
import { el } from './ui.js';

/** Who follows households up: the support people (their team's), the coordination (all). */
export const SUPPORT_ROLES = ['SUPPORT', 'COORDINATOR'];

/** The five everyday tasks of the self-assessment, in the server's order (Skill). */
export const SKILLS = ['EMAIL', 'ONLINE_PROCEDURE', 'VIDEO_CALL', 'SAFE_BROWSING', 'FILES'];

/** A task's levels: 0 not at all, 1 with help, 2 alone. */
export const LEVELS = [0, 1, 2];

/** Guards a follow-up page and wires its header; answers the user. */
export async function startSupportPage() {
  initLanguage(); // before the session round trip, so the page never shows in the wrong language
  const user = await requireUser(SUPPORT_ROLES);
  initChrome(user);
  return user;
}

function locale() {
  return lang() === 'en' ? 'en-GB' : 'fr-FR';
}

/** A calendar day of the API (yyyy-MM-dd) as dd/MM/yyyy; no time zone shift. */
export function shortDate(day) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day || '');
  return match ? `${match[3]}/${match[2]}/${match[1]}` : day || '';
}

/** An instant as dd/MM/yyyy HH:mm in Paris time, where the sessions are held. */
export function sessionWhen(instant) {
  if (!instant) {
    return '';
  }
  return new Intl.DateTimeFormat(locale(), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: ZONE,
  }).format(new Date(instant));
}

/** The time of day of an instant, in Paris time. */
export function sessionTime(instant) {
  return new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit', timeZone: ZONE }).format(new Date(instant));
}

export function sessionUrl(id) {
  return `${pageUrl('support/session.html')}?id=${encodeURIComponent(id)}`;
}

export function dayUrl(day = null) {
  return day ? `${pageUrl('support/day.html')}?on=${encodeURIComponent(day)}` : pageUrl('support/day.html');
}

/** "3 places libres sur 12" / "Complet". */
export function seatsText(session) {
  const free = Math.max(0, session.capacity - session.seatsTaken);
  return free === 0 ? t('sessions.full') : t('sessions.seats', { free, capacity: session.capacity });
}

/**
 * A group of radio buttons, one per level (0/1/2), for a task of the self-assessment; the legend
 * names the task. idPrefix keeps the ids unique on the page.
 */
export function skillFieldset(idPrefix, skill, checked = null) {
  return el(
    'fieldset',
    { class: 'skill-fieldset', dataset: { skill } },
    el('legend', {}, t(`skills.task.${skill}`)),
    el(
      'div',
      { class: 'radios' },
      LEVELS.map((level) =>
        el(
          'div',
          { class: 'radio' },
          el('input', {
            type: 'radio',
            name: skill,
            id: `${idPrefix}-${skill}-${level}`,
            value: String(level),
            required: true,
            checked: checked === level,
          }),
          el('label', { for: `${idPrefix}-${skill}-${level}` }, t(`skills.level.${level}`))
        )
      )
    )
  );
}

/** The levels chosen in a form of skillFieldsets: {EMAIL: 2, …}, or null when one is missing. */
export function chosenLevels(form) {
  const levels = {};
  for (const skill of SKILLS) {
    const checked = form.querySelector(`input[name="${skill}"]:checked`);
    if (!checked) {
      return null;
    }
    levels[skill] = Number(checked.value);
  }
  return levels;
}
