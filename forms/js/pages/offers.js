// Internet offers: coordinators list, create, edit, deactivate and reactivate the catalogue.
import { get, newIdempotencyKey, post, put, request } from '../api.js';
import { cents, conditionsText, coverageText, euros, kindLabel, priceText } from '../connectivity.js';
import { checkboxes, ticked } from '../households.js';
import { initLanguage, label, onLanguageChange, parisDay, t } from '../i18n.js';
import { initChrome } from '../layout.js';
import { listPage } from '../listpage.js';
import { requireUser } from '../session.js';
import {
  confirmAction,
  el,
  fieldError,
  fieldsFrom,
  fillSelect,
  focusOn,
  hiddenText,
  markReady,
  onSubmit,
  queryParams,
  RELOADED,
  saveOrReload,
  say,
  showError,
} from '../ui.js';

const filterForm = document.getElementById('filter-form');
const createForm = document.getElementById('create-form');
const editSection = document.getElementById('edit-section');
const editForm = document.getElementById('edit-form');
fieldsFrom('offer-fields', 'new', createForm);
fieldsFrom('offer-fields', 'edit', editForm);
const activationForm = document.getElementById('activation-form');

let vocabulary = { kinds: [], situations: [] };
let editing = null;
let list;
let createKey = newIdempotencyKey();

function kindOptions() {
  return vocabulary.kinds.map((kind) => ({ value: kind, label: kindLabel(kind) }));
}

function situationBoxes(form, ticks = null) {
  const box = form.querySelector('.checkboxes');
  const kept = ticks === null ? ticked(box) : ticks;
  checkboxes(
    box,
    `${form.id}-situation`,
    vocabulary.situations.map((s) => ({ value: s, label: label('situation', s) })),
    kept
  );
}

function fillChoices() {
  fillSelect(filterForm.elements.kind, kindOptions(), { empty: t('list.all') });
  fillSelect(
    filterForm.elements.active,
    [
      { value: 'true', label: t('offers.state.active.many') },
      { value: 'false', label: t('offers.state.inactive.many') },
    ],
    { empty: t('list.all.feminine') }
  );
  fillSelect(createForm.elements.kind, kindOptions(), { empty: t('common.choose') });
  fillSelect(editForm.elements.kind, kindOptions());
  situationBoxes(createForm);
  situationBoxes(editForm);
}

function renderRow(offer) {
  return el(
    'tr',
    { 'data-offer': offer.name },
    el('td', {}, el('strong', {}, offer.name), el('br'), el('span', { class: 'muted' }, offer.operator)),
    el('td', {}, kindLabel(offer.kind)),
    el('td', {}, priceText(offer)),
    el('td', {}, euros(offer.costOverYearCents)),
    el('td', {}, conditionsText(offer)),
    el('td', {}, coverageText(offer)),
    el(
      'td',
      {},
      offer.active
        ? el('span', { class: 'badge badge-ok' }, t('offers.state.active'))
        : el('span', { class: 'badge badge-off' }, t('offers.state.inactive'))
    ),
    el(
      'td',
      {},
      (offer.actions || []).includes('EDIT')
        ? el(
            'button',
            { type: 'button', class: 'secondary small', onclick: () => openEdit(offer.id).catch((e) => showError(e)) },
            t('common.edit'),
            hiddenText(` ${offer.name}`)
          )
        : ''
    )
  );
}

/** The euros typed in a form's price fields as cents; a field that is not an amount is flagged. */
function money(form, v, name) {
  const value = cents(v[name]);
  if (Number.isNaN(value)) {
    fieldError(form, name, t('offers.money.invalid'));
    throw new Error('not an amount');
  }
  return value;
}

function codes(text) {
  return (text || '')
    .split(/[,;\s]+/)
    .map((code) => code.trim().toUpperCase())
    .filter((code) => code !== '');
}

/** The API's body from a form's values; null when a typed amount was refused at its field. */
function body(form, v) {
  let prices;
  try {
    prices = {
      monthlyPriceCents: money(form, v, 'monthlyPriceCents'),
      priceAfterPromotionCents: money(form, v, 'priceAfterPromotionCents'),
      setupFeeCents: money(form, v, 'setupFeeCents'),
    };
  } catch {
    say({ title: t('offers.money.title'), detail: t('offers.money.invalid') }, 'error');
    return null;
  }
  const quotient = v.maxQuotientFamilial ? v.maxQuotientFamilial.replace(',', '.') : null;
  return {
    operator: v.operator,
    name: v.name,
    kind: v.kind,
    ...prices,
    promotionalMonths: v.promotionalMonths === null ? null : Number(v.promotionalMonths),
    commitmentMonths: v.commitmentMonths === null ? null : Number(v.commitmentMonths),
    eligibleSituations: ticked(form.querySelector('.checkboxes')),
    maxQuotientFamilial: quotient,
    departements: codes(v.departements),
    communes: codes(v.communes),
    howToSubscribe: v.howToSubscribe,
    validFrom: v.validFrom,
    validTo: v.validTo,
  };
}

/** Cents as the form shows them: "15.00" → typed back as is. */
function typed(value) {
  return value === null || value === undefined ? '' : (value / 100).toFixed(2);
}

function renderEdit() {
  if (!editing) {
    return;
  }
  document.getElementById('edit-title').textContent = t('offers.edit.heading', { name: editing.name });
  const button = document.getElementById('activation-button');
  button.textContent = t(editing.active ? 'offers.deactivate' : 'offers.activate');
  button.className = editing.active ? 'danger' : '';
}

function fillEditForm() {
  const f = editForm.elements;
  f.operator.value = editing.operator;
  f.name.value = editing.name;
  f.kind.value = editing.kind;
  f.monthlyPriceCents.value = typed(editing.monthlyPriceCents);
  f.promotionalMonths.value = editing.promotionalMonths ? String(editing.promotionalMonths) : '';
  f.priceAfterPromotionCents.value = typed(editing.priceAfterPromotionCents);
  f.setupFeeCents.value = editing.setupFeeCents ? typed(editing.setupFeeCents) : '';
  f.commitmentMonths.value = editing.commitmentMonths ? String(editing.commitmentMonths) : '';
  situationBoxes(editForm, editing.eligibleSituations || []);
  f.maxQuotientFamilial.value = editing.maxQuotientFamilial ?? '';
  f.departements.value = (editing.departements || []).join(', ');
  f.communes.value = (editing.communes || []).map((c) => c.code).join(', ');
  f.howToSubscribe.value = editing.howToSubscribe;
  f.validFrom.value = editing.validFrom;
  f.validTo.value = editing.validTo || '';
  f.version.value = String(editing.version);
  renderEdit();
}

async function openEdit(id) {
  editing = await get(`offers/${id}`);
  fillEditForm();
  editSection.hidden = false;
  list.updateUrl();
  focusOn(document.getElementById('edit-title'));
}

async function changed(offer, message) {
  editing = offer;
  fillEditForm();
  await list.refresh();
  say(message, 'success');
}

async function start() {
  initLanguage(); // before the session round trip, so the page never shows in the wrong language
  const user = await requireUser(['COORDINATOR']);
  initChrome(user);
  vocabulary = await get('offers/vocabulary');
  fillChoices();
  createForm.elements.validFrom.value = parisDay();
  list = listPage({
    filterForm,
    table: document.getElementById('offers-table'),
    pager: document.getElementById('pager'),
    path: 'offers',
    renderRow,
    emptyKey: 'offers.empty',
    countKey: 'offers.count',
    extraParams: () => ({ edit: editing ? editing.id : null }),
  });
  onLanguageChange(() => {
    fillChoices();
    renderEdit();
  });
  // Read before the list rewrites the URL: ?edit=<id> opens that offer.
  const edit = Number.parseInt(queryParams().get('edit'), 10);
  await list.load();
  if (edit) {
    await openEdit(edit);
  }

  onSubmit(createForm, async (v) => {
    const offer = body(createForm, v);
    if (!offer) {
      return;
    }
    const { data } = await request('POST', 'offers', { body: offer, headers: { 'Idempotency-Key': createKey } });
    createKey = newIdempotencyKey();
    createForm.reset();
    createForm.elements.validFrom.value = parisDay();
    await list.refresh();
    say(t('offers.created', { name: data.name }), 'success');
  });

  onSubmit(editForm, async (v) => {
    const offer = body(editForm, v);
    if (!offer) {
      return;
    }
    offer.version = Number(v.version);
    const saved = await saveOrReload(() => put(`offers/${editing.id}`, offer), {
      reload: async () => {
        editing = await get(`offers/${editing.id}`);
        fillEditForm();
      },
      focus: () => editForm.elements.operator.focus(),
    });
    if (saved !== RELOADED) {
      await changed(saved, t('offers.saved', { name: offer.name }));
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
      if (!confirmAction(t('offers.deactivate.confirm', { name: editing.name }))) {
        return;
      }
      await changed(await post(`offers/${editing.id}/deactivation`), t('offers.deactivated', { name: editing.name }));
    } else {
      await changed(await post(`offers/${editing.id}/activation`), t('offers.activated', { name: editing.name }));
    }
    document.getElementById('activation-button').focus();
  });
  markReady();
}

start().catch((error) => showError(error));
