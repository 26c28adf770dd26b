// API tokens (ADMIN): issue one for a non-administrator account and show it once; list; revoke.
import { del, getAll, post } from '../api.js';
import { formatDateTime, initLanguage, onLanguageChange, t } from '../i18n.js';
import { initChrome } from '../layout.js';
import { listPage } from '../listpage.js';
import { requireUser } from '../session.js';
import { confirmAction, el, fillSelect, focusOn, hiddenText, markReady, onSubmit, say, showError } from '../ui.js';

const filterForm = document.getElementById('filter-form');
const createForm = document.getElementById('create-form');
const issued = document.getElementById('issued');
const issuedToken = document.getElementById('issued-token');

let users = [];
let list;

function userOption(user) {
  return { value: String(user.id), label: t('tokens.userOption', { name: user.displayName, username: user.username }) };
}

function fillChoices() {
  const sorted = users.slice().sort((a, b) => a.username.localeCompare(b.username));
  fillSelect(filterForm.elements.userId, sorted.map(userOption), { empty: t('list.all') });
  fillSelect(
    createForm.elements.userId,
    sorted.filter((u) => u.active && u.role !== 'ADMIN').map(userOption),
    { empty: t('common.choose') }
  );
}

function state(token) {
  if (token.revokedAt) {
    return el('span', { class: 'badge badge-danger' }, t('tokens.state.revoked'));
  }
  if (new Date(token.expiresAt).getTime() <= Date.now()) {
    return el('span', { class: 'badge badge-off' }, t('tokens.state.expired'));
  }
  return el('span', { class: 'badge badge-ok' }, t('tokens.state.active'));
}

function renderRow(token) {
  const usable = !token.revokedAt && new Date(token.expiresAt).getTime() > Date.now();
  return el(
    'tr',
    { 'data-token': token.id },
    el('td', {}, token.name),
    el('td', {}, el('code', {}, token.username)),
    el('td', {}, el('code', {}, `${token.prefix}…`)),
    el('td', {}, formatDateTime(token.createdAt)),
    el('td', {}, formatDateTime(token.expiresAt)),
    el('td', {}, token.lastUsedAt ? formatDateTime(token.lastUsedAt) : el('span', { class: 'muted' }, t('tokens.neverUsed'))),
    el('td', {}, state(token), token.revokedAt ? ` ${formatDateTime(token.revokedAt)}` : ''),
    el(
      'td',
      {},
      usable
        ? el(
            'button',
            { type: 'button', class: 'danger small', onclick: () => revoke(token).catch((e) => showError(e)) },
            t('tokens.revoke'),
            hiddenText(` ${token.name}`)
          )
        : ''
    )
  );
}

async function revoke(token) {
  if (!confirmAction(t('tokens.revoke.confirm', { name: token.name, username: token.username }))) {
    return;
  }
  await del(`tokens/${token.id}`);
  await list.refresh();
  say(t('tokens.revoked', { name: token.name }), 'success');
  focusOn(document.getElementById('list-title'));
}

async function copyToken() {
  issuedToken.select();
  try {
    await navigator.clipboard.writeText(issuedToken.value);
  } catch {
    // No clipboard API (e.g. plain HTTP): the text stays selected for Ctrl+C.
    if (!document.execCommand('copy')) {
      say(t('tokens.copy.manual'), 'info');
      return;
    }
  }
  say(t('tokens.copied'), 'success');
}

async function start() {
  initLanguage(); // before the session round trip, so the page never shows in the wrong language
  const me = await requireUser(['ADMIN']);
  initChrome(me);
  users = await getAll('users');
  fillChoices();
  list = listPage({
    filterForm,
    table: document.getElementById('tokens-table'),
    pager: document.getElementById('pager'),
    path: 'tokens',
    renderRow,
    emptyKey: 'tokens.empty',
    countKey: 'tokens.count',
  });
  onLanguageChange(fillChoices);
  await list.load();

  onSubmit(createForm, async (v) => {
    const answer = await post('tokens', {
      userId: v.userId === null ? null : Number(v.userId),
      name: v.name,
      validDays: v.validDays === null ? null : Number(v.validDays),
    });
    issuedToken.value = answer.token;
    issued.hidden = false;
    createForm.reset();
    await list.refresh();
    say(t('tokens.created', { name: answer.metadata.name, username: answer.metadata.username }), 'success');
    focusOn(document.getElementById('issued-title'));
  });

  document.getElementById('copy-token').addEventListener('click', () => copyToken());
  document.getElementById('dismiss-token').addEventListener('click', () => {
    issuedToken.value = '';
    issued.hidden = true;
    focusOn(document.getElementById('list-title'));
  });
  markReady();
}

start().catch((error) => showError(error));
