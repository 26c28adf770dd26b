// "Impact environnemental": for a period, the devices handed over to households, the kg they keep
// out of waste and the CO2e their reuse avoids, in total, per département and per device type,
// with the factors used (source and year) and the method in words. A partner reads one of its
// conventions' (only the packs it covers); the coordination reads every pack or a convention's,
// and edits a factor in place, in a row opened under it.
import { get, getAll, put } from '../api.js';
import { formatDate, formatNumber, label, lang, onLanguageChange, parisDay, t } from '../i18n.js';
import { initChrome } from '../layout.js';
import { requireUser } from '../session.js';
import { clearErrors, el, fieldError, fillRows, fillSelect, focusOn, markReady, onSubmit, queryParams, RELOADED, saveOrReload, say, setQueryParams, showError } from '../ui.js';

const $ = (id) => document.getElementById(id);
const periodForm = $('period-form');
const conventionSelect = $('impact-convention');

let user;
let conventions = [];
let impact = null;

function kg(value) {
  return t('impact.kg', { value: formatNumber(value) });
}

function figure(key, text) {
  return el('li', { dataset: { figure: key } }, el('p', {}, t(`impact.${key}`)), el('p', { class: 'board-count' }, text));
}

function renderFigures() {
  const total = impact.total;
  const cards = [
    figure('reused', formatNumber(total.reused)),
    figure('kgKeptOutOfWaste', kg(total.kgKeptOutOfWaste)),
    figure('kgCo2eAvoided', kg(total.kgCo2eAvoided)),
  ];
  if (impact.scrapped !== undefined) {
    cards.push(figure('scrapped', formatNumber(impact.scrapped)), figure('scrappedKg', kg(impact.scrappedKg)));
  }
  $('impact-figures').replaceChildren(...cards);
  const dates = { from: formatDate(impact.from), to: formatDate(impact.to), name: impact.conventionName };
  $('figures-period').textContent = t(impact.conventionName ? 'impact.figures.periodOf' : 'impact.figures.period', dates);
  const figures = (f) => [el('td', {}, formatNumber(f.reused)), el('td', {}, formatNumber(f.kgKeptOutOfWaste)), el('td', {}, formatNumber(f.kgCo2eAvoided))];
  fillRows(
    $('departements-table').querySelector('tbody'),
    impact.byDepartement,
    (d) => el('tr', { dataset: { departement: d.code } }, el('th', { scope: 'row' }, t('impact.departement', d)), figures(d.figures)),
    t('impact.empty')
  );
  const scrapping = impact.scrapped !== undefined;
  for (const column of document.querySelectorAll('.scrap-column')) {
    column.hidden = !scrapping;
  }
  fillRows(
    $('types-table').querySelector('tbody'),
    impact.byDeviceType,
    (d) =>
      el(
        'tr',
        { dataset: { type: d.deviceType } },
        el('th', { scope: 'row' }, label('type', d.deviceType)),
        figures(d.figures),
        scrapping ? [el('td', {}, formatNumber(d.scrapped)), el('td', {}, formatNumber(d.scrappedKg))] : []
      ),
    t('impact.empty')
  );
  $('method').textContent = impact.method;
}

function renderFactors() {
  const editable = user.role === 'COORDINATOR';
  document.querySelector('#factors-table .edit-column').hidden = !editable;
  fillRows(
    $('factors-table').querySelector('tbody'),
    impact.factors,
    (f) =>
      el(
        'tr',
        { dataset: { type: f.deviceType } },
        el('th', { scope: 'row' }, label('type', f.deviceType)),
        el('td', {}, formatNumber(f.manufacturingKgCo2e)),
        el('td', {}, formatNumber(f.typicalWeightKg)),
        el('td', {}, t('impact.percent', { value: formatNumber(Math.round(f.avoidedShare * 10000) / 100) })),
        el('td', { class: 'source' }, f.source),
        el('td', {}, String(f.sourceYear)),
        editable
          ? el(
              'td',
              {},
              el(
                'button',
                {
                  type: 'button',
                  class: 'secondary small',
                  'aria-label': t('impact.edit.label', { type: label('type', f.deviceType) }),
                  dataset: { edit: f.deviceType },
                  onclick: () => openEditor(f),
                },
                t('impact.edit')
              )
            )
          : null
      ),
    t('impact.empty')
  );
}

function render() {
  if (impact) {
    renderFigures();
    renderFactors();
  }
}

function input(id, name, labelKey, value, attributes = {}, hintKey = null) {
  const hintId = hintKey ? `${id}-hint` : null;
  return el(
    'div',
    { class: 'field' },
    el('label', { for: id }, t(labelKey)),
    hintKey ? el('span', { class: 'hint', id: hintId }, t(hintKey)) : null,
    el('input', { id, name, value: value ?? '', 'aria-describedby': hintId, ...attributes })
  );
}

/** A figure as typed in a field: a decimal comma in French, no grouping. */
function plain(value) {
  return lang() === 'fr' ? String(value).replace('.', ',') : String(value);
}

/** A decimal typed the French way (0,43) or the English way (0.43); null when it is none. */
function decimal(text) {
  const value = Number(String(text || '').trim().replace(',', '.'));
  return String(text || '').trim() === '' || Number.isNaN(value) ? null : value;
}

function editButton(type) {
  return document.querySelector(`#factors-table button[data-edit="${type}"]`);
}

function closeEditor() {
  const open = $('factors-table').querySelector('tr.factor-editor');
  if (open) {
    open.remove();
  }
}

/** Opens the factor's form in a row under its own; Escape or Cancel closes it and gives focus back. */
function openEditor(factor) {
  closeEditor();
  const type = factor.deviceType;
  const name = label('type', type);
  const prefix = `factor-${type}`;
  const form = el(
    'form',
    { id: `${prefix}-form`, novalidate: true, method: 'post' },
    el(
      'fieldset',
      {},
      el('legend', {}, t('impact.edit.legend', { type: name })),
      input(`${prefix}-manufacturing`, 'manufacturingKgCo2e', 'impact.field.manufacturingKgCo2e', plain(factor.manufacturingKgCo2e), { inputmode: 'decimal', required: true }),
      input(`${prefix}-weight`, 'typicalWeightKg', 'impact.field.typicalWeightKg', plain(factor.typicalWeightKg), { inputmode: 'decimal', required: true }),
      input(`${prefix}-share`, 'avoidedShare', 'impact.field.avoidedShare', plain(factor.avoidedShare), { inputmode: 'decimal', required: true }, 'impact.field.avoidedShare.hint'),
      el(
        'div',
        { class: 'field' },
        el('label', { for: `${prefix}-source` }, t('impact.field.source')),
        el('span', { class: 'hint', id: `${prefix}-source-hint` }, t('impact.field.source.hint')),
        el('textarea', { id: `${prefix}-source`, name: 'source', rows: 4, maxlength: 1000, required: true, 'aria-describedby': `${prefix}-source-hint` }, factor.source)
      ),
      input(`${prefix}-year`, 'sourceYear', 'impact.field.sourceYear', String(factor.sourceYear), { type: 'number', min: 1990, max: 2100, step: 1, required: true })
    ),
    el(
      'div',
      { class: 'actions' },
      el('button', { type: 'submit' }, t('impact.save')),
      el(
        'button',
        {
          type: 'button',
          class: 'secondary',
          onclick: () => {
            closeEditor();
            editButton(type).focus();
          },
        },
        t('impact.cancel')
      )
    )
  );
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      closeEditor();
      editButton(type).focus();
    }
  });
  onSubmit(form, async (values) => {
    clearErrors(form);
    const body = {
      manufacturingKgCo2e: decimal(values.manufacturingKgCo2e),
      typicalWeightKg: decimal(values.typicalWeightKg),
      avoidedShare: decimal(values.avoidedShare),
      source: values.source,
      sourceYear: values.sourceYear === null ? null : Number(values.sourceYear),
      version: factor.version,
    };
    const saved = await saveOrReload(() => put(`impact-factors/${type}`, body), {
      reload: async () => {
        closeEditor();
        await load();
      },
      focus: () => editButton(type).focus(),
      message: 'impact.staleReloaded',
    });
    if (saved === RELOADED) {
      return;
    }
    closeEditor();
    await load();
    say(t('impact.saved', { type: name }), 'success');
    editButton(type).focus();
  });
  const columns = $('factors-table').querySelectorAll('thead th:not([hidden])').length;
  const row = el('tr', { class: 'factor-editor' }, el('td', { colspan: columns }, form));
  editButton(type).closest('tr').insertAdjacentElement('afterend', row);
  $(`${prefix}-manufacturing`).focus();
}

function chosen() {
  const f = periodForm.elements;
  return { from: f.from.value, to: f.to.value, conventionId: conventionSelect.value || null };
}

async function load() {
  clearErrors(periodForm);
  const { from, to, conventionId } = chosen();
  if (!from || !to || to < from) {
    fieldError(periodForm, from ? 'to' : 'from', t('impact.period.invalid'));
    (from ? periodForm.elements.to : periodForm.elements.from).focus();
    return;
  }
  if (user.role === 'PARTNER' && !conventionId) {
    say(t('impact.convention.none'));
    return;
  }
  setQueryParams({ from, to, conventionId });
  const query = { from, to };
  if (conventionId) {
    query.conventionId = conventionId;
  }
  impact = await get('impact', query);
  render();
}

function fillConventions() {
  const options = conventions.map((c) => ({ value: String(c.id), label: `${c.name} (${formatDate(c.startsOn)} – ${formatDate(c.endsOn)})` }));
  fillSelect(conventionSelect, options, { empty: user.role === 'COORDINATOR' ? t('impact.convention.all') : null });
  conventionSelect.disabled = user.role === 'PARTNER' && options.length === 0;
}

async function start() {
  user = await requireUser(['COORDINATOR', 'PARTNER']);
  initChrome(user);
  conventions = await getAll('conventions');
  const params = queryParams();
  const today = parisDay();
  periodForm.elements.from.value = params.get('from') || `${today.slice(0, 4)}-01-01`;
  periodForm.elements.to.value = params.get('to') || today;
  fillConventions();
  if (params.get('conventionId')) {
    conventionSelect.value = params.get('conventionId');
  }
  periodForm.addEventListener('submit', (event) => {
    event.preventDefault();
    load().catch((error) => showError(error, periodForm));
  });
  await load().catch((error) => showError(error, periodForm));
  onLanguageChange(() => {
    fillConventions();
    render();
  });
  markReady();
}

start().catch((error) => showError(error));
