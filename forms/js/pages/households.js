// The households a social worker's structure refers (a coordinator sees every structure's):
// searched by reference or contact name, most recently contacted first, each linking to its
// file; social workers open a new file from here.
import { formatDateTime, t } from '../i18n.js';
import { listPage } from '../listpage.js';
import { el, markReady, showError } from '../ui.js';
import { householdUrl, none, requestStatusBadge, requestUrl, startHouseholdsPage } from '../households.js';

function yesNo(value, yes = 'common.yes', no = 'common.no') {
  return value
    ? el('span', { class: 'badge badge-ok' }, t(yes))
    : el('span', { class: 'badge badge-off' }, t(no));
}

function renderRow(household) {
  const open = household.openRequest;
  return el(
    'tr',
    { 'data-household': household.reference },
    el('td', {}, el('a', { href: householdUrl(household.id), class: 'tag-link' }, household.reference)),
    el(
      'td',
      {},
      household.anonymised ? el('span', { class: 'muted' }, t('household.anonymised.short')) : household.contactName || none()
    ),
    el('td', {}, household.communeName || household.inseeCode || none()),
    el('td', {}, household.inQpv ? t('common.yes') : t('common.no')),
    el('td', {}, yesNo(household.consent, 'households.consent.yes', 'households.consent.no')),
    el(
      'td',
      {},
      open
        ? [el('a', { href: requestUrl(open.id) }, open.reference), ' ', requestStatusBadge(open.status)]
        : el('span', { class: 'muted' }, t('households.openRequest.none'))
    ),
    el(
      'td',
      {},
      household.lastContactAt ? el('time', { datetime: household.lastContactAt }, formatDateTime(household.lastContactAt)) : none()
    )
  );
}

async function start() {
  const user = await startHouseholdsPage();
  // Only social workers create household files (for their own structure).
  document.getElementById('create-link').hidden = user.role !== 'SOCIAL_WORKER';
  const list = listPage({
    filterForm: document.getElementById('filter-form'),
    table: document.getElementById('households-table'),
    pager: document.getElementById('pager'),
    path: 'households',
    renderRow,
    emptyKey: 'households.empty',
    countKey: 'households.count',
  });
  await list.load();
  markReady();
}

start().catch((error) => showError(error));
