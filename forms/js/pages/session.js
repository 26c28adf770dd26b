// One support session (SUPPORT, COORDINATOR): its details, its attendance sheet — each household
// booked, present or absent, chosen with the keyboard and saved at once — and, for a workshop with
// seats left, a household of the team booked in. What may be done comes from the view's actions.
import { ApiError, get, getAll, post } from '../api.js';
import { onLanguageChange, plural, t } from '../i18n.js';
import { handleSubmit, showProblem } from '../households.js';
import { seatsText, sessionWhen, startSupportPage } from '../support.js';
import { el, fillRows, fillSelect, focusOn, hiddenText, markReady, queryParams, say, showError } from '../ui.js';

const $ = (id) => document.getElementById(id);
const sheetForm = $('sheet-form');
const bookForm = $('book-form');

let session = null;
/** The team's open plans, for the booking's select (loaded when the session takes bookings). */
let openPlans = [];

function may(action) {
  return Boolean(session && (session.actions || []).includes(action));
}

function details() {
  const rows = [
    [t('session.kind'), t(`sessions.kind.${session.kind}`)],
    [t('session.when'), sessionWhen(session.startsAt)],
    [t('session.minutes'), t('session.minutes.value', { minutes: session.minutes })],
    [t('session.place'), session.place],
    [t('session.supportPerson'), session.supportPerson],
    [t('session.seats'), session.kind === 'WORKSHOP' ? seatsText(session) : t('sessions.booked', { taken: session.seatsTaken, capacity: session.capacity })],
  ];
  if (session.cancelled) {
    rows.push([t('session.state'), t('session.cancelled')]);
  }
  return rows.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]);
}

/** A line of the sheet: the household, its seat's status, and present/absent as two radios. */
function seatRow(seat) {
  const who = seat.householdName || seat.requestReference;
  const name = `attended-${seat.bookingId}`;
  const legendId = `seat-${seat.bookingId}-legend`;
  const cancelled = seat.status === 'CANCELLED';
  const choice = (value, key) =>
    el(
      'div',
      { class: 'radio' },
      el('input', {
        type: 'radio',
        name,
        id: `${name}-${value}`,
        value,
        checked: (value === 'true' && seat.status === 'ATTENDED') || (value === 'false' && seat.status === 'ABSENT'),
        disabled: cancelled || !may('MARK_ATTENDANCE'),
      }),
      el('label', { for: `${name}-${value}` }, t(key), hiddenText(` — ${who}`))
    );
  return el(
    'tr',
    { dataset: { booking: String(seat.bookingId), plan: String(seat.planId), request: seat.requestReference, status: seat.status } },
    el('th', { scope: 'row' }, el('strong', {}, who), el('br'), el('span', { class: 'muted' }, seat.requestReference)),
    el('td', {}, t(`session.seat.${seat.status}`)),
    el(
      'td',
      {},
      cancelled
        ? el('span', { class: 'muted' }, t('session.seat.none'))
        : el(
            'fieldset',
            { class: 'radios inline attendance' },
            el('legend', { id: legendId, class: 'visually-hidden' }, t('session.sheet.legend', { name: who })),
            choice('true', 'session.present'),
            choice('false', 'session.absent')
          )
    )
  );
}

function renderBooking() {
  const booked = new Set((session.sheet || []).filter((s) => s.status !== 'CANCELLED').map((s) => s.planId));
  const choices = openPlans.filter((p) => !booked.has(p.id));
  $('book-section').hidden = !may('BOOK') || session.kind !== 'WORKSHOP';
  fillSelect(
    $('book-planId'),
    choices.map((p) => ({ value: String(p.id), label: `${p.householdName || p.requestReference} — ${p.requestReference} (${p.supportPerson})` })),
    { empty: choices.length ? t('common.choose') : t('session.book.nobody') }
  );
}

function render() {
  if (!session) {
    return;
  }
  document.title = t('session.title.of', { title: session.title });
  $('session-heading').textContent = session.title;
  $('session-details').replaceChildren(...details());
  const sheet = session.sheet || [];
  fillRows($('sheet-table').querySelector('tbody'), sheet, seatRow, t('session.sheet.empty'));
  $('sheet-save').hidden = !may('MARK_ATTENDANCE') || sheet.every((s) => s.status === 'CANCELLED');
  renderBooking();
}

async function load(id) {
  session = await get(`support-sessions/${id}`);
  if (may('BOOK') && session.kind === 'WORKSHOP') {
    openPlans = await getAll('support-plans', { status: 'OPEN' });
  }
  $('session-view').hidden = false;
  render();
}

function marks() {
  return (session.sheet || [])
    .filter((seat) => seat.status !== 'CANCELLED')
    .map((seat) => {
      const checked = sheetForm.querySelector(`input[name="attended-${seat.bookingId}"]:checked`);
      return checked ? { bookingId: seat.bookingId, attended: checked.value === 'true' } : null;
    })
    .filter(Boolean);
}

async function saveSheet() {
  const chosen = marks();
  if (!chosen.length) {
    say({ title: t('session.sheet.nothing') }, 'error');
    const first = sheetForm.querySelector('input[type=radio]:not([disabled])');
    if (first) {
      first.focus();
    }
    return;
  }
  session = await post(`support-sessions/${session.id}/attendance`, { marks: chosen });
  render();
  const present = chosen.filter((m) => m.attended).length;
  say(t('session.sheet.saved', { present: plural('session.present.count', present), absent: plural('session.absent.count', chosen.length - present) }), 'success');
  focusOn($('sheet-title'));
}

async function book() {
  const planId = Number(bookForm.elements.planId.value);
  const plan = openPlans.find((p) => p.id === planId);
  try {
    await post(`support-sessions/${session.id}/bookings`, { planId });
  } catch (error) {
    if (error instanceof ApiError && error.status === 409 && error.type.endsWith('/session-full')) {
      await load(session.id);
      say({ title: error.problem.title, detail: error.problem.detail }, 'error');
      focusOn($('sheet-title'));
      return;
    }
    throw error;
  }
  await load(session.id);
  say(t('session.book.done', { name: plan ? plan.householdName || plan.requestReference : '' }), 'success');
  const select = $('book-planId');
  if (!$('book-section').hidden) {
    select.focus();
  } else {
    focusOn($('sheet-title'));
  }
}

async function start() {
  await startSupportPage();
  const id = Number.parseInt(queryParams().get('id'), 10);
  sheetForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (sheetForm.getAttribute('aria-busy') === 'true') {
      return;
    }
    sheetForm.setAttribute('aria-busy', 'true');
    saveSheet()
      .catch((error) => showProblem(error, sheetForm))
      .finally(() => sheetForm.removeAttribute('aria-busy'));
  });
  handleSubmit(bookForm, book);
  onLanguageChange(render);
  if (!id) {
    say({ title: t('session.missing.title'), detail: t('session.missing.detail') }, 'error');
  } else {
    try {
      await load(id);
    } catch (error) {
      showProblem(error);
    }
  }
  markReady();
}

start().catch((error) => showError(error));
