// What the counter's pages share ("Remises du jour" and one hand-over): the sign-in guard and
// header, the days of the Paris calendar the API counts in, links between the pages, the closed
// lists of a return with their labels, and how a hand-over's time, place and device read.
import { apiHref } from './api.js';
import { initLanguage, label, lang, ZONE } from './i18n.js';
import { initChrome } from './layout.js';
import { pageUrl, requireUser } from './session.js';
import { el } from './ui.js';

/** Who runs the counter: the support people, and the coordination that books the appointments. */
export const COUNTER_ROLES = ['SUPPORT', 'COORDINATOR'];

// The closed lists of a return, in the server's order (HandoversResource.ReturnForm).
export const RETURN_REASONS = ['FAULTY', 'UNSUITABLE', 'NO_LONGER_NEEDED', 'OTHER'];
export const CONDITIONS = ['GOOD', 'WORN', 'DAMAGED'];
export const OUTCOMES = ['SWAP', 'REQUEUE', 'CLOSE'];

/** Guards a counter page and wires its header; answers the user. */
export async function startCounterPage() {
  initLanguage(); // before the session round trip, so the page never shows in the wrong language
  const user = await requireUser(COUNTER_ROLES);
  initChrome(user);
  return user;
}

function locale() {
  return lang() === 'en' ? 'en-GB' : 'fr-FR';
}

/** Whether text is a real calendar day written yyyy-MM-dd. */
export function isDay(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || '');
  if (!match) {
    return false;
  }
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** The day count days after day (before, when negative); calendar arithmetic, no time zone. */
export function addDays(day, count) {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + count)).toISOString().slice(0, 10);
}

/** "jeudi 5 mars 2026" / "Thursday 5 March 2026". */
export function longDay(day) {
  const [year, month, date] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, date)));
}

/** The time of an appointment, as the clock on the counter's wall says it. */
export function parisTime(instant) {
  return new Intl.DateTimeFormat(locale(), { timeStyle: 'short', timeZone: ZONE }).format(new Date(instant));
}

/** Date and time of an instant, in Paris time. */
export function parisDateTime(instant) {
  if (!instant) {
    return '';
  }
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'full', timeStyle: 'short', timeZone: ZONE }).format(new Date(instant));
}

export function todayUrl(day = null) {
  return day ? `${pageUrl('handovers/today.html')}?day=${encodeURIComponent(day)}` : pageUrl('handovers/today.html');
}

export function handoverUrl(id) {
  return `${pageUrl('handovers/handover.html')}?id=${encodeURIComponent(id)}`;
}

/** A document of a hand-over (letter, receipt, return receipt) in the given language. */
export function documentHref(id, document, language) {
  return apiHref(`handovers/${id}/${document}.pdf`, { lang: language });
}

export function handoverStatusBadge(status) {
  return el('span', { class: `badge status-badge handover-status-${String(status).toLowerCase()}`, dataset: { status } }, label('handoverStatus', status));
}

/** "PN-7K3QD-M · Ordinateur portable · Lenovo ThinkPad T480" in parts, for a cell or a line. */
export function deviceText(handover) {
  return [label('type', handover.deviceType), [handover.brand, handover.model].filter(Boolean).join(' ')].filter(Boolean).join(' · ');
}

/** Where: the structure's name (and its address when there is one), or the address. */
export function placeText(handover) {
  return [handover.placeName, handover.placeAddress].filter(Boolean).join(', ');
}

/** A phone number as a link the counter's phone can call. */
export function phoneLink(phone) {
  return el('a', { href: `tel:${String(phone).replace(/[^\d+]/g, '')}`, class: 'phone-link' }, phone);
}

/** Whether the hand-over's view lists action among what the reader may do now. */
export function allows(handover, action) {
  return Boolean(handover && Array.isArray(handover.actions) && handover.actions.includes(action));
}
