// User administration (ADMIN): list with filters, create, edit, deactivate/reactivate, set a new
// password, reset the second factor.
import { get, getAll, newIdempotencyKey, post, put, request } from '../api.js';
import { formatDateTime, initLanguage, label, onLanguageChange, t } from '../i18n.js';
import { initChrome } from '../layout.js';
import { listPage } from '../listpage.js';
import { requireUser } from '../session.js';
import { confirmAction, el, fillSelect, focusOn, hiddenText, markReady, onSubmit, queryParams, RELOADED, saveOrReload, say, showError } from '../ui.js';

const ROLES = ['ADMIN', 'COORDINATOR', 'TECHNICIAN', 'SOCIAL_WORKER', 'SUPPORT', 'PARTNER'];

const filterForm = document.getElementById('filter-form');
const createForm = document.getElementById('create-form');
const editSection = document.getElementById('edit-section');
const editForm = document.getElementById('edit-form');
const activationForm = document.getElementById('activation-form');
const totpResetForm = document.getElementById('totp-reset-form');
const passwordResetForm = document.getElementById('password-reset-form');

let me;
let structures = [];
let editing = null;
let list;
let createKey = newIdempotencyKey();

function roleOptions() {
  return ROLES.map((role) => ({ value: role, label: label('role', role) }));
}

function structureOptions(items) {
  return items
    .slice()
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
    .map((s) => ({ value: String(s.id), label: s.active ? s.name : t('structures.inactiveName', { name: s.name }) }));
}

function fillChoices() {
  const choose = t('common.choose');
  fillSelect(filterForm.elements.role, roleOptions(), { empty: t('list.all') });
  fillSelect(filterForm.elements.structureId, structureOptions(structures), { empty: t('list.all.feminine') });
  fillSelect(
    filterForm.elements.active,
    [
      { value: 'true', label: t('users.state.active') },
      { value: 'false', label: t('users.state.inactive') },
    ],
    { empty: t('list.all') }
  );
  fillSelect(createForm.elements.role, roleOptions(), { empty: choose });
  fillSelect(createForm.elements.structureId, structureOptions(structures.filter((s) => s.active)), { empty: choose });
  fillSelect(editForm.elements.role, roleOptions());
  // A user may stay in a structure deactivated since; moving them needs an active one.
  fillSelect(
    editForm.elements.structureId,
    structureOptions(structures.filter((s) => s.active || (editing && s.id === editing.structureId)))
  );
}

function stateBadge(user) {
  return user.active
    ? el('span', { class: 'badge badge-ok' }, t('users.state.active.one'))
    : el('span', { class: 'badge badge-off' }, t('users.state.inactive.one'));
}

function renderRow(user) {
  return el(
    'tr',
    { 'data-user': user.username },
    el('td', {}, el('code', {}, user.username)),
    el('td', {}, user.displayName),
    el('td', {}, label('role', user.role)),
    el('td', {}, user.structureName),
    el('td', {}, stateBadge(user)),
    el('td', {}, t(user.totpEnabled ? 'common.yes' : 'common.no')),
    el(
      'td',
      {},
      el(
        'button',
        { type: 'button', class: 'secondary small', onclick: () => openEdit(user.id).catch((e) => showError(e)) },
        t('common.edit'),
        hiddenText(` ${user.username}`)
      )
    )
  );
}

function renderEdit() {
  if (!editing) {
    return;
  }
  fillChoices();
  document.getElementById('edit-title').textContent = t('users.edit.heading', { username: editing.username });
  document.getElementById('edit-meta').textContent = t('users.edit.meta', {
    createdAt: formatDateTime(editing.createdAt),
    state: t(editing.active ? 'users.state.active.one' : 'users.state.inactive.one'),
    totp: t(editing.totpEnabled ? 'common.yes' : 'common.no'),
  });
  const button = document.getElementById('activation-button');
  button.textContent = t(editing.active ? 'users.deactivate' : 'users.activate');
  button.className = editing.active ? 'danger' : '';
  // Nobody locks themselves out from here (the API would let the last administrator do so).
  activationForm.hidden = editing.id === me.id;
  editForm.elements.role.disabled = editing.id === me.id;
  totpResetForm.hidden = !editing.totpEnabled;
  document.getElementById('totp-reset-help').hidden = !editing.totpEnabled;
}

function fillEditForm() {
  editForm.elements.displayName.value = editing.displayName;
  editForm.elements.email.value = editing.email || '';
  renderEdit();
  editForm.elements.role.value = editing.role;
  editForm.elements.structureId.value = String(editing.structureId);
  editForm.elements.version.value = String(editing.version);
  passwordResetForm.elements.username.value = editing.username;
}

async function openEdit(id) {
  editing = await get(`users/${id}`);
  passwordResetForm.reset();
  fillEditForm();
  editSection.hidden = false;
  list.updateUrl();
  focusOn(document.getElementById('edit-title'));
}

function closeEdit() {
  editing = null;
  editSection.hidden = true;
  list.updateUrl();
}

/** Keeps the edited user and the list in step after a change. */
async function changed(user, message) {
  editing = user;
  fillEditForm();
  await list.refresh();
  say(message, 'success');
}

async function start() {
  initLanguage(); // before the session round trip, so the page never shows in the wrong language
  me = await requireUser(['ADMIN']);
  initChrome(me);
  structures = await getAll('structures');
  fillChoices();
  list = listPage({
    filterForm,
    table: document.getElementById('users-table'),
    pager: document.getElementById('pager'),
    path: 'users',
    renderRow,
    emptyKey: 'users.empty',
    countKey: 'users.count',
    extraParams: () => ({ edit: editing ? editing.id : null }),
  });
  onLanguageChange(() => {
    fillChoices();
    renderEdit();
  });
  // Read before the list rewrites the URL: ?edit=<id> opens that account (links from the audit log).
  const edit = Number.parseInt(queryParams().get('edit'), 10);
  await list.load();
  if (edit) {
    await openEdit(edit);
  }

  onSubmit(createForm, async (v) => {
    const body = {
      username: v.username,
      displayName: v.displayName,
      email: v.email,
      role: v.role,
      structureId: v.structureId === null ? null : Number(v.structureId),
      password: v.password,
    };
    const { data } = await request('POST', 'users', { body, headers: { 'Idempotency-Key': createKey } });
    createKey = newIdempotencyKey();
    createForm.reset();
    await list.refresh();
    say(
      { title: t('users.created', { username: data.username }), detail: t('users.created.detail') },
      'success'
    );
  });

  onSubmit(editForm, async (v) => {
    const body = {
      displayName: v.displayName,
      email: v.email,
      role: v.role ?? editing.role, // own role: the select is disabled, so not in the values
      structureId: v.structureId === null ? null : Number(v.structureId),
      version: Number(v.version),
    };
    // Someone changed the account meanwhile: show what it is now, say why.
    const saved = await saveOrReload(() => put(`users/${editing.id}`, body), {
      reload: async () => {
        editing = await get(`users/${editing.id}`);
        fillEditForm();
      },
      focus: () => editForm.elements.displayName.focus(),
    });
    if (saved !== RELOADED) {
      await changed(saved, t('users.saved', { username: editing.username }));
    }
  });

  document.getElementById('edit-close').addEventListener('click', () => {
    closeEdit();
    focusOn(document.getElementById('list-title'));
  });

  onSubmit(activationForm, async () => {
    if (editing.active) {
      if (!confirmAction(t('users.deactivate.confirm', { username: editing.username }))) {
        return;
      }
      await changed(await post(`users/${editing.id}/deactivation`), t('users.deactivated', { username: editing.username }));
    } else {
      await changed(await post(`users/${editing.id}/activation`), t('users.activated', { username: editing.username }));
    }
    document.getElementById('activation-button').focus();
  });

  onSubmit(totpResetForm, async () => {
    if (!confirmAction(t('users.totpReset.confirm', { username: editing.username }))) {
      return;
    }
    await changed(await post(`users/${editing.id}/totp-reset`), t('users.totpReset.done', { username: editing.username }));
    focusOn(document.getElementById('edit-title'));
  });

  onSubmit(passwordResetForm, async ({ password }) => {
    await changed(await post(`users/${editing.id}/password`, { password }), t('users.passwordReset.done', { username: editing.username }));
    passwordResetForm.reset();
  });
  markReady();
}

start().catch((error) => showError(error));
