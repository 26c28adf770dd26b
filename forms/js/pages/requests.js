// "Mes demandes": a social worker's structure's pack requests (a coordinator sees every
// structure's), counted per status on small cards that filter the list, searched by reference or
// name, newest first, each linking to its page.
import { get } from '../api.js';
import { formatDateTime, formatNumber, label, onLanguageChange, plural, t } from '../i18n.js';
import { listPage } from '../listpage.js';
import { el, fillSelect, hiddenText, markReady, showError } from '../ui.js';
import {
  householdUrl,
  none,
  options,
  outcomeBadge,
  REQUEST_STATUSES,
  requestStatusBadge,
  requestUrl,
  startHouseholdsPage,
} from '../households.js';

const filterForm = document.getElementById('filter-form');
const statusSelect = document.getElementById('filter-status');
const summaryList = document.getElementById('summary');

let user;
let summary = null;
let list;

function fillChoices() {
  fillSelect(statusSelect, options('requestStatus', REQUEST_STATUSES), { empty: t('list.all.feminine') });
}

function renderTexts() {
  const all = user.role !== 'SOCIAL_WORKER';
  const heading = all ? 'requests.heading.all' : 'requests.heading';
  document.getElementById('requests-heading').textContent = t(heading);
  document.title = t(all ? 'requests.title.all' : 'requests.title');
  document.getElementById('requests-intro').textContent = t(all ? 'requests.intro.all' : 'requests.intro');
}

function renderSummary() {
  if (!summary) {
    return;
  }
  const current = statusSelect.value;
  summaryList.replaceChildren(
    ...REQUEST_STATUSES.map((status) => {
      const count = summary[status] || 0;
      return el(
        'li',
        {},
        el(
          'button',
          {
            type: 'button',
            class: `board-card request-status-${status.toLowerCase()}`,
            'aria-pressed': String(current === status),
            dataset: { status },
            onclick: () => choose(current === status ? '' : status),
          },
          el('span', { class: 'board-status' }, label('requestStatus', status)),
          el('span', { class: 'board-count' }, formatNumber(count), hiddenText(` ${plural('requests.requests', count)}`))
        )
      );
    })
  );
}

function renderRow(item) {
  return el(
    'tr',
    { 'data-request': item.reference },
    el('td', {}, el('a', { href: requestUrl(item.id), class: 'tag-link' }, item.reference)),
    el(
      'td',
      {},
      el('a', { href: householdUrl(item.householdId) }, item.householdReference),
      item.contactName ? [el('br'), item.contactName] : ''
    ),
    el('td', { class: 'request-status-cell' }, requestStatusBadge(item.status)),
    el('td', {}, outcomeBadge(item.assessmentOutcome)),
    el('td', {}, item.urgency === 'URGENT' ? el('span', { class: 'badge badge-danger' }, label('urgency', item.urgency)) : label('urgency', item.urgency)),
    el('td', {}, item.submittedAt ? formatDateTime(item.submittedAt) : none())
  );
}

async function loadSummary() {
  summaryList.setAttribute('aria-busy', 'true');
  try {
    summary = await get('pack-requests/summary');
    renderSummary();
  } finally {
    summaryList.removeAttribute('aria-busy');
  }
}

async function choose(status) {
  statusSelect.value = status;
  renderSummary();
  const card = summaryList.querySelector(`[data-status="${status}"]`);
  if (card) {
    card.focus();
  }
  try {
    await list.load(0, true);
  } catch (error) {
    showError(error);
  }
}

async function start() {
  user = await startHouseholdsPage();
  renderTexts();
  fillChoices();
  list = listPage({
    filterForm,
    table: document.getElementById('requests-table'),
    pager: document.getElementById('pager'),
    path: 'pack-requests',
    renderRow,
    emptyKey: 'requests.empty',
    countKey: 'requests.count',
  });
  filterForm.addEventListener('submit', renderSummary);
  filterForm.addEventListener('reset', () => window.setTimeout(renderSummary, 0));
  onLanguageChange(() => {
    fillChoices();
    renderTexts();
    renderSummary();
  });
  await Promise.all([loadSummary(), list.load()]);
  renderSummary();
  markReady();
}

start().catch((error) => showError(error));
