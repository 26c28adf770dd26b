// Partner structures: administrators list, create, edit, deactivate and reactivate them;
// coordinators read the list.
import { get, newIdempotencyKey, post, put, request } from '../api.js';
import { initLanguage, label, onLanguageChange, t } from '../i18n.js';
import { initChrome } from '../layout.js';
import { listPage } from '../listpage.js';
import { communePicker } from '../commune-picker.js';
import { requireUser } from '../session.js';
import { confirmAction, el, fieldsFrom, fillSelect, focusOn, hiddenText, markReady, onSubmit, queryParams, RELOADED, saveOrReload, say, showError } from '../ui.js';

const KINDS = [
  'OPERATOR',
  'CCAS',
  'FRANCE_SERVICES',
  'EPN',
  'ASSOCIATION',
  'MISSION_LOCALE',
  'FRANCE_TRAVAIL',
  'DEPARTMENT_SOCIAL_SERVICE',
  'WORKSHOP',
  'PARTNER',
];

const filterForm = document.getElementById('filter-form');
const createForm = document.getElementById('create-form');
const editSection = document.getElementById('edit-section');
const editForm = document.getElementById('edit-form');
fieldsFrom('structure-fields', 'new', createForm);
fieldsFrom('structure-fields', 'edit', editForm);
const activationForm = document.getElementById('activation-form');
const newCommune = communePicker(createForm.elements.inseeCode);
const editCommune = communePicker(editForm.elements.inseeCode);

let editable = false;
let editing = null;
let list;
let createKey = newIdempotencyKey();

/** The cap on open pack requests typed in a form; blank: the programme's default. */
function cap(value) {
  return value === null || value === undefined ? null : Number(value);
}

function kindOptions() {
  return KINDS.map((kind) => ({ value: kind, label: label('kind', kind) }));
}

function fillChoices() {
  fillSelect(filterForm.elements.kind, kindOptions(), { empty: t('list.all') });
  fillSelect(
    filterForm.elements.active,
    [
      { value: 'true', label: t('structures.state.active') },
      { value: 'false', label: t('structures.state.inactive') },
    ],
    { empty: t('list.all.feminine') }
  );
  fillSelect(createForm.elements.kind, kindOptions(), { empty: t('common.choose') });
  fillSelect(editForm.elements.kind, kindOptions());
}

function renderRow(structure) {
  const cells = [
    el('td', {}, structure.name),
    el('td', {}, label('kind', structure.kind)),
    el('td', {}, structure.communeName || structure.inseeCode || el('span', { class: 'muted' }, t('common.none'))),
    el('td', {}, structure.contactEmail || el('span', { class: 'muted' }, t('common.none'))),
    el(
      'td',
      {},
      structure.maxOpenRequests === null || structure.maxOpenRequests === undefined
        ? el('span', { class: 'muted' }, t('structures.maxOpenRequests.default'))
        : String(structure.maxOpenRequests)
    ),
    el(
      'td',
      {},
      structure.active
        ? el('span', { class: 'badge badge-ok' }, t('structures.state.active.one'))
        : el('span', { class: 'badge badge-off' }, t('structures.state.inactive.one'))
    ),
  ];
  if (editable) {
    cells.push(
      el(
        'td',
        {},
        el(
          'button',
          { type: 'button', class: 'secondary small', onclick: () => openEdit(structure.id).catch((e) => showError(e)) },
          t('common.edit'),
          hiddenText(` ${structure.name}`)
        )
      )
    );
  }
  return el('tr', { 'data-structure': structure.name }, ...cells);
}

function renderEdit() {
  if (!editing) {
    return;
  }
  document.getElementById('edit-title').textContent = t('structures.edit.heading', { name: editing.name });
  const button = document.getElementById('activation-button');
  button.textContent = t(editing.active ? 'structures.deactivate' : 'structures.activate');
  button.className = editing.active ? 'danger' : '';
}

function fillEditForm() {
  editForm.elements.name.value = editing.name;
  editForm.elements.kind.value = editing.kind;
  editCommune.set(editing.inseeCode, editing.communeName);
  editForm.elements.contactEmail.value = editing.contactEmail || '';
  editForm.elements.maxOpenRequests.value =
    editing.maxOpenRequests === null || editing.maxOpenRequests === undefined ? '' : String(editing.maxOpenRequests);
  editForm.elements.version.value = String(editing.version);
  renderEdit();
}

async function openEdit(id) {
  editing = await get(`structures/${id}`);
  fillEditForm();
  editSection.hidden = false;
  list.updateUrl();
  focusOn(document.getElementById('edit-title'));
}

async function changed(structure, message) {
  editing = structure;
  fillEditForm();
  await list.refresh();
  say(message, 'success');
}

async function start() {
  initLanguage(); // before the session round trip, so the page never shows in the wrong language
  const user = await requireUser(['ADMIN', 'COORDINATOR']);
  initChrome(user);
  editable = user.role === 'ADMIN';
  const table = document.getElementById('structures-table');
  if (!editable) {
    table.querySelector('th[data-col="actions"]').remove();
    document.getElementById('readonly-note').hidden = false;
  } else {
    document.getElementById('create-section').hidden = false;
    document.getElementById('create-link').hidden = false;
  }
  fillChoices();
  list = listPage({
    filterForm,
    table,
    pager: document.getElementById('pager'),
    path: 'structures',
    renderRow,
    emptyKey: 'structures.empty',
    countKey: 'structures.count',
    extraParams: () => ({ edit: editing ? editing.id : null }),
  });
  onLanguageChange(() => {
    fillChoices();
    renderEdit();
  });
  // Read before the list rewrites the URL: ?edit=<id> opens that structure (links from the audit log).
  const edit = Number.parseInt(queryParams().get('edit'), 10);
  await list.load();
  if (!editable) {
    markReady();
    return;
  }
  if (edit) {
    await openEdit(edit);
  }

  onSubmit(createForm, async (v) => {
    const { data } = await request('POST', 'structures', {
      body: {
        name: v.name,
        kind: v.kind,
        inseeCode: newCommune.code() || v.inseeCode,
        contactEmail: v.contactEmail,
        maxOpenRequests: cap(v.maxOpenRequests),
      },
      headers: { 'Idempotency-Key': createKey },
    });
    createKey = newIdempotencyKey();
    createForm.reset();
    await list.refresh();
    say(t('structures.created', { name: data.name }), 'success');
  });

  onSubmit(editForm, async (v) => {
    const body = {
      name: v.name,
      kind: v.kind,
      inseeCode: editCommune.code() || v.inseeCode,
      contactEmail: v.contactEmail,
      maxOpenRequests: cap(v.maxOpenRequests),
      version: Number(v.version),
    };
    const saved = await saveOrReload(() => put(`structures/${editing.id}`, body), {
      reload: async () => {
        editing = await get(`structures/${editing.id}`);
        fillEditForm();
      },
      focus: () => editForm.elements.name.focus(),
    });
    if (saved !== RELOADED) {
      await changed(saved, t('structures.saved', { name: body.name }));
    }
  });

  document.getElementById('edit-close').addEventListener('click', () => {
    editing = null;
    editSection.hidden = true;
    list.updateUrl();
    focusOn(document.getElementById('list-title'));
  });

  onSubmit(activationForm, async () => {
    if (editing.active) {
      if (!confirmAction(t('structures.deactivate.confirm', { name: editing.name }))) {
        return;
      }
      await changed(await post(`structures/${editing.id}/deactivation`), t('structures.deactivated', { name: editing.name }));
    } else {
      await changed(await post(`structures/${editing.id}/activation`), t('structures.activated', { name: editing.name }));
    }
    document.getElementById('activation-button').focus();
  });
  markReady();
}

start().catch((error) => showError(error));
