// The audit log (ADMIN): who did or saw what, on which record, when; newest first.
import { getAll } from '../api.js';
import { formatDateTime, initLanguage, label, onLanguageChange, t } from '../i18n.js';
import { initChrome } from '../layout.js';
import { listPage } from '../listpage.js';
import { pageUrl, requireUser } from '../session.js';
import { el, fillSelect, markReady, showError } from '../ui.js';

const ACTIONS = [
  'CREATE',
  'UPDATE',
  'DEACTIVATE',
  'ACTIVATE',
  'READ',
  'EXPORT',
  'ERASE',
  'LOGIN',
  'LOGOUT',
  'PASSWORD_CHANGE',
  'PASSWORD_RESET',
  'TOTP_ENABLE',
  'TOTP_DISABLE',
  'TOKEN_CREATE',
  'TOKEN_REVOKE',
  'BACKUP',
];
const TARGET_TYPES = ['user', 'structure', 'backup'];
/** Where a target of each type is shown, to link the log to the record. */
const TARGET_PAGES = { user: 'admin/users.html', structure: 'admin/structures.html' };

const filterForm = document.getElementById('filter-form');
let users = [];

function fillChoices() {
  fillSelect(
    filterForm.elements.action,
    ACTIONS.map((a) => ({ value: a, label: label('action', a) })),
    { empty: t('list.all.feminine') }
  );
  fillSelect(
    filterForm.elements.actorId,
    users
      .slice()
      .sort((a, b) => a.username.localeCompare(b.username))
      .map((u) => ({ value: String(u.id), label: t('tokens.userOption', { name: u.displayName, username: u.username }) })),
    { empty: t('list.all') }
  );
  fillSelect(
    filterForm.elements.targetType,
    TARGET_TYPES.map((type) => ({ value: type, label: label('target', type) })),
    { empty: t('list.all') }
  );
}

function actor(event) {
  if (event.actorId === null || event.actorId === undefined) {
    // No account: PackNum itself (first start, scheduled work).
    if (!event.actorUsername || event.actorUsername === 'system') {
      return el('span', { class: 'muted' }, t('audit.system'));
    }
    return el('code', {}, event.actorUsername);
  }
  if (!event.actorUsername) {
    return el('span', { class: 'muted' }, t('audit.system'));
  }
  const role = event.actorRole ? ` (${label('role', event.actorRole)})` : '';
  return [el('code', {}, event.actorUsername), role];
}

function target(event) {
  if (!event.targetType) {
    return '';
  }
  const text = t('audit.target', { type: label('target', event.targetType), id: event.targetId });
  const page = TARGET_PAGES[event.targetType];
  return page && event.targetId ? el('a', { href: `${pageUrl(page)}?edit=${encodeURIComponent(event.targetId)}` }, text) : text;
}

function renderRow(event) {
  return el(
    'tr',
    {},
    el('td', {}, el('time', { datetime: event.occurredAt }, formatDateTime(event.occurredAt))),
    el('td', {}, actor(event)),
    el('td', {}, label('action', event.action)),
    el('td', {}, target(event))
  );
}

async function start() {
  initLanguage(); // before the session round trip, so the page never shows in the wrong language
  const me = await requireUser(['ADMIN']);
  initChrome(me);
  users = await getAll('users');
  fillChoices();
  const list = listPage({
    filterForm,
    table: document.getElementById('audit-table'),
    pager: document.getElementById('pager'),
    path: 'audit-events',
    renderRow,
    emptyKey: 'audit.empty',
    countKey: 'audit.count',
  });
  onLanguageChange(fillChoices);
  await list.load();
  markReady();
}

start().catch((error) => showError(error));
