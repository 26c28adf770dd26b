// "Remises du jour" (SUPPORT, COORDINATOR): the hand-over appointments of one day, in the order of
// the day, with whom to expect (name and phone, to call if they are late), the device to hand over
// and where. The day is a Paris day, today by default; previous and next day move by one, and the
// day stays in the address, so the way back from a hand-over lands on the same day. A support
// person sees their structure's appointments, the coordination all of them: the server decides.
import { getAll } from '../api.js';
import { onLanguageChange, parisDay, plural, t } from '../i18n.js';
import { checkForm, none } from '../households.js';
import { addDays, deviceText, handoverStatusBadge, handoverUrl, isDay, longDay, parisTime, phoneLink, placeText, startCounterPage } from '../handovers.js';
import { clearErrors, el, fillRows, hiddenText, markReady, queryParams, say, setQueryParams, showError } from '../ui.js';

const dayForm = document.getElementById('day-form');
const table = document.getElementById('handovers-table');
const tbody = table.querySelector('tbody');

/** The day shown, and its hand-overs (null while loading). */
let day = null;
let handovers = null;
/** Each load is numbered: an answer for a day the person already left is dropped. */
let loads = 0;

function row(handover) {
  const recipient = handover.recipient;
  const who = recipient ? recipient.name : handover.requestReference;
  return el(
    'tr',
    { dataset: { handover: String(handover.id), tag: handover.assetTag, status: handover.status } },
    el('td', {}, el('time', { datetime: handover.appointmentAt }, parisTime(handover.appointmentAt))),
    el(
      'td',
      {},
      recipient ? [el('strong', {}, recipient.name), recipient.phone ? [el('br'), phoneLink(recipient.phone)] : ''] : none(),
      el('br'),
      el('span', { class: 'muted' }, t('handover.request', { reference: handover.requestReference }))
    ),
    el('td', {}, el('span', { class: 'mono' }, handover.assetTag), el('br'), deviceText(handover)),
    el('td', {}, placeText(handover), el('br'), el('span', { class: 'muted' }, t('today.with', { name: handover.supportName }))),
    el(
      'td',
      {},
      handoverStatusBadge(handover.status),
      handover.noShows > 0 ? [el('br'), plural('handover.noShows', handover.noShows)] : ''
    ),
    el(
      'td',
      {},
      el(
        'a',
        { href: handoverUrl(handover.id), class: 'button secondary small open-handover' },
        t('today.open'),
        hiddenText(` ${t('today.open.of', { name: who, time: parisTime(handover.appointmentAt) })}`)
      )
    )
  );
}

function render() {
  const heading = document.getElementById('day-title');
  const named = longDay(day);
  heading.textContent = day === parisDay() ? t('today.dayHeading.today', { day: named }) : t('today.dayHeading', { day: named });
  document.getElementById('handovers-caption').textContent = t('today.caption.of', { day: named });
  if (handovers === null) {
    table.setAttribute('aria-busy', 'true');
    return;
  }
  table.removeAttribute('aria-busy');
  document.getElementById('day-count').textContent = plural('today.count', handovers.length);
  fillRows(tbody, handovers, row, t('today.empty'));
}

/** Shows day: its hand-overs in the order of the appointments. */
async function show(next, { announce = false } = {}) {
  day = next;
  dayForm.elements.day.value = day;
  setQueryParams({ day });
  handovers = null;
  render();
  const load = ++loads;
  const items = await getAll('handovers', { day });
  if (load !== loads) {
    return;
  }
  handovers = items.slice().sort((a, b) => String(a.appointmentAt).localeCompare(String(b.appointmentAt)));
  render();
  if (announce) {
    say(t('today.shown', { day: longDay(day), count: plural('today.count', handovers.length) }), 'info');
  }
}

function move(count) {
  clearErrors(dayForm);
  show(addDays(day, count), { announce: true }).catch((error) => showError(error));
}

async function start() {
  await startCounterPage();
  const asked = queryParams().get('day');
  dayForm.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(dayForm);
    if (!checkForm(dayForm)) {
      return;
    }
    show(dayForm.elements.day.value, { announce: true }).catch((error) => showError(error, dayForm));
  });
  document.getElementById('day-previous').addEventListener('click', () => move(-1));
  document.getElementById('day-next').addEventListener('click', () => move(1));
  document.getElementById('day-today').addEventListener('click', () => {
    clearErrors(dayForm);
    show(parisDay(), { announce: true }).catch((error) => showError(error));
  });
  onLanguageChange(() => render());
  await show(isDay(asked) ? asked : parisDay());
  markReady();
}

start().catch((error) => showError(error));
