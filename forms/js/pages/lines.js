// "Lignes à surveiller": the active internet lines whose promotional price ends within the days
// chosen (30 by default), or with an unpaid bill, soonest first, for support people and
// coordinators to call the household. The request's reference leads coordinators to its page.
import { get } from '../api.js';
import { requestUrl } from '../households.js';
import { formatDate, onLanguageChange, plural, t } from '../i18n.js';
import { initChrome } from '../layout.js';
import { requireUser } from '../session.js';
import { clearErrors, el, fieldError, fillRows, markReady, queryParams, setQueryParams, showError } from '../ui.js';

const $ = (id) => document.getElementById(id);
const daysForm = $('days-form');
const daysInput = $('lines-days');

let user;
let entries = [];

function row(entry) {
  const reference =
    user.role === 'COORDINATOR' ? el('a', { href: requestUrl(entry.requestId) }, entry.requestReference) : entry.requestReference;
  return el(
    'tr',
    { dataset: { request: entry.requestReference } },
    el('td', {}, reference),
    el('td', {}, `${entry.offerName} (${entry.operator})`),
    el('td', {}, formatDate(entry.on)),
    el(
      'td',
      {},
      (entry.reasons || []).map((reason, index) => [
        index ? '; ' : '',
        t(`lines.concern.${reason.concern}`, { on: formatDate(reason.on) }),
      ])
    )
  );
}

function render() {
  fillRows($('lines-table').querySelector('tbody'), entries, row, t('lines.empty'));
  $('lines-count').textContent = plural('lines.count', entries.length);
}

function chosenDays() {
  const days = Number(daysInput.value.trim());
  return daysInput.value.trim() !== '' && Number.isInteger(days) && days >= 0 && days <= 366 ? days : null;
}

async function load() {
  clearErrors(daysForm);
  const days = chosenDays();
  if (days === null) {
    fieldError(daysForm, 'days', t('lines.days.hint'));
    daysInput.focus();
    return;
  }
  setQueryParams({ days: days === 30 ? null : days });
  entries = await get('subscriptions/worklist', { days });
  render();
}

async function start() {
  user = await requireUser(['SUPPORT', 'COORDINATOR']);
  initChrome(user);
  const days = queryParams().get('days');
  if (days !== null && days !== '') {
    daysInput.value = days;
  }
  daysForm.addEventListener('submit', (event) => {
    event.preventDefault();
    load().catch((error) => showError(error, daysForm));
  });
  await load();
  onLanguageChange(render);
  markReady();
}

start().catch((error) => showError(error));
