// The coordinators' eligibility queue: the submitted requests waiting for a decision, those the
// rules could not settle (NEEDS_REVIEW) first, then the oldest; each opens the request's page,
// where the coordinator decides.
import { formatDateTime, label } from '../i18n.js';
import { listPage } from '../listpage.js';
import { el, markReady, showError } from '../ui.js';
import { days, daysSince, householdUrl, none, outcomeBadge, requestUrl, startHouseholdsPage } from '../households.js';

function renderRow(item) {
  const waiting = daysSince(item.submittedAt || item.statusSince);
  return el(
    'tr',
    { 'data-request': item.reference, dataset: { outcome: item.assessmentOutcome || '' } },
    el('td', {}, el('a', { href: requestUrl(item.id), class: 'tag-link' }, item.reference)),
    el(
      'td',
      {},
      el('a', { href: householdUrl(item.householdId) }, item.householdReference),
      item.contactName ? [el('br'), item.contactName] : ''
    ),
    el('td', {}, outcomeBadge(item.assessmentOutcome)),
    el(
      'td',
      {},
      item.urgency === 'URGENT' ? el('span', { class: 'badge badge-danger' }, label('urgency', item.urgency)) : label('urgency', item.urgency)
    ),
    el('td', {}, waiting === null ? none() : days(waiting)),
    el('td', {}, item.submittedAt ? formatDateTime(item.submittedAt) : none())
  );
}

async function start() {
  await startHouseholdsPage(['COORDINATOR']);
  const list = listPage({
    filterForm: document.getElementById('filter-form'),
    table: document.getElementById('queue-table'),
    pager: document.getElementById('pager'),
    path: 'pack-requests/queue',
    renderRow,
    emptyKey: 'queue.empty',
    countKey: 'queue.count',
  });
  await list.load();
  markReady();
}

start().catch((error) => showError(error));
