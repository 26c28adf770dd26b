// The workshop board (TECHNICIAN, COORDINATOR): how many devices in each status and how long the
// oldest has waited there, filtered by donation and type; below, the devices of the chosen status,
// oldest first, each linking to its page.
import { get, getAll } from '../api.js';
import { formatNumber, label, onLanguageChange, plural, t } from '../i18n.js';
import { listPage } from '../listpage.js';
import { el, fillSelect, focusOn, hiddenText, markReady, showError, values } from '../ui.js';
import {
  days,
  describe,
  deviceUrl,
  donationUrl,
  options,
  startWorkshopPage,
  STATUSES,
  statusBadge,
  TYPES,
} from '../workshop.js';

const filterForm = document.getElementById('filter-form');
const statusInput = document.getElementById('filter-status');
const boardList = document.getElementById('board');
const allButton = document.getElementById('all-statuses');

let donations = [];
let board = null;
let list;

function fillChoices() {
  fillSelect(
    filterForm.elements.donationId,
    donations.map((d) => ({ value: String(d.id), label: t('donation.option', { reference: d.reference, donor: d.donorName }) })),
    { empty: t('list.all') }
  );
  fillSelect(filterForm.elements.type, options('type', TYPES), { empty: t('list.all') });
}

function oldest(column) {
  if (!column.count || column.oldestDays === null || column.oldestDays === undefined) {
    return t('board.oldest.none');
  }
  return t('board.oldest', { days: days(column.oldestDays) });
}

function renderBoard() {
  if (!board) {
    return;
  }
  const chosen = statusInput.value;
  boardList.replaceChildren(
    ...STATUSES.map((status) => {
      const column = board.columns[status] || { count: 0, oldestDays: null };
      return el(
        'li',
        {},
        el(
          'button',
          {
            type: 'button',
            class: `board-card status-${status.toLowerCase()}`,
            'aria-pressed': String(chosen === status),
            dataset: { status },
            onclick: () => choose(chosen === status ? '' : status),
          },
          el('span', { class: 'board-status' }, label('status', status)),
          el('span', { class: 'board-count' }, formatNumber(column.count), hiddenText(` ${plural('board.devices', column.count)}`)),
          el('span', { class: 'board-oldest' }, oldest(column))
        )
      );
    })
  );
}

function renderTitle() {
  const chosen = statusInput.value;
  document.getElementById('list-title').textContent = chosen
    ? t('board.list.status', { status: label('status', chosen) })
    : t('board.list.all');
  allButton.hidden = !chosen;
}

function renderRow(device) {
  return el(
    'tr',
    { 'data-tag': device.assetTag },
    el('td', {}, el('a', { href: deviceUrl(device.id), class: 'tag-link' }, device.assetTag)),
    el('td', {}, label('type', device.type)),
    el('td', {}, device.brand || device.model ? describe(device) : el('span', { class: 'muted' }, t('common.none'))),
    el('td', {}, el('code', {}, device.serial)),
    el('td', {}, statusBadge(device.status)),
    el('td', {}, days(device.daysInStatus)),
    el('td', {}, el('a', { href: donationUrl(device.donationId) }, device.donationReference))
  );
}

async function loadBoard() {
  const { type, donationId } = values(filterForm);
  boardList.setAttribute('aria-busy', 'true');
  try {
    board = await get('devices/board', { type, donationId });
    renderBoard();
  } finally {
    boardList.removeAttribute('aria-busy');
  }
}

async function choose(status) {
  statusInput.value = status;
  renderBoard();
  renderTitle();
  // The pressed card was re-created: keep the keyboard focus on it.
  const card = boardList.querySelector(`[data-status="${status}"]`);
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
  await startWorkshopPage();
  donations = await getAll('donations');
  fillChoices();
  list = listPage({
    filterForm,
    table: document.getElementById('devices-table'),
    pager: document.getElementById('pager'),
    path: 'devices',
    renderRow,
    emptyKey: 'board.empty',
    countKey: 'board.count',
  });
  filterForm.addEventListener('submit', () => loadBoard().catch((error) => showError(error)));
  filterForm.addEventListener('reset', () => {
    window.setTimeout(() => loadBoard().catch((error) => showError(error)), 0);
  });
  allButton.addEventListener('click', () => {
    choose('');
    focusOn(document.getElementById('list-title'));
  });
  onLanguageChange(() => {
    fillChoices();
    renderBoard();
    renderTitle();
  });
  renderTitle();
  await Promise.all([loadBoard(), list.load()]);
  renderTitle();
  renderBoard();
  markReady();
}

start().catch((error) => showError(error));
