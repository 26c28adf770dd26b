// One household's file. Without ?id= a new file, filled in by a social worker sitting with the
// family: contact, commune, composition, situations with their proofs, resources, needs,
// connectivity, accessibility, and the person's consent to the notice shown. With ?id= the
// household's page: the eligibility the current rules give it, its pack requests (and a new one),
// the file itself (corrected in place, with the version it was read at), its consent, the export
// of its data and, for coordinators and administrators, its anonymisation.
import { ApiError, download, get, newIdempotencyKey, post, put, request } from '../api.js';
import { formatDate, formatDateTime, formatNumber, label, onLanguageChange, parisDay, t } from '../i18n.js';
import { communePicker } from '../commune-picker.js';
import { leaveFor } from '../session.js';
import { clearErrors, el, fillRows, fillSelect, focusOn, markReady, queryParams, RELOADED, saveOrReload, say, showError, values } from '../ui.js';
import {
  checkboxes,
  chosen,
  CONNECTIVITIES,
  handleSubmit,
  HOUSEHOLD_ROLES,
  NEEDS,
  newRequestUrl,
  none,
  number,
  options,
  outcomeBadge,
  radios,
  requestStatusBadge,
  requestUrl,
  saveDocument,
  showProblem,
  SITUATIONS,
  startHouseholdsPage,
  ticked,
} from '../households.js';

const $ = (id) => document.getElementById(id);
const form = $('household-form');
const formSection = $('form-section');
const situationsBox = $('situations');
const needsBox = $('household-needs');
const connectivityBox = $('household-connectivity');
const consentForm = $('consent-form');
const anonymiseForm = $('anonymise-form');

let user;
let household = null;
let notice = null;
let eligibility = null;
let requests = [];
let createKey = newIdempotencyKey();
const commune = communePicker(form.elements.inseeCode);

// ---- The form -----------------------------------------------------------------------------------

/** One situation with its proof: a fieldset whose fields carry the API's names (situations[0].…). */
function situationRow(situation, index) {
  const id = (name) => `situation-${index}-${name}`;
  const select = el('select', { id: id('situation'), name: `situations[${index}].situation`, required: true });
  fillSelect(select, options('situation', SITUATIONS), { empty: t('common.choose'), keep: false });
  select.value = situation.situation || '';
  return el(
    'fieldset',
    { class: 'situation-row', id: `situation-${index}`, dataset: { field: `situations[${index}]` } },
    el('legend', {}, t('household.situation.legend', { number: index + 1 })),
    el(
      'div',
      { class: 'situation-fields' },
      el('div', { class: 'field' }, el('label', { for: id('situation') }, t('field.situation')), select),
      el(
        'div',
        { class: 'field' },
        el('label', { for: id('proofType') }, t('field.proofType')),
        el('input', {
          id: id('proofType'),
          name: `situations[${index}].proofType`,
          type: 'text',
          list: 'proof-types',
          autocomplete: 'off',
          maxlength: 80,
          required: true,
          value: situation.proofType || '',
        })
      ),
      el(
        'div',
        { class: 'field' },
        el('label', { for: id('proofDate') }, t('field.proofDate')),
        el('input', {
          id: id('proofDate'),
          name: `situations[${index}].proofDate`,
          type: 'date',
          class: 'short',
          max: parisDay(),
          required: true,
          value: situation.proofDate || '',
        })
      )
    ),
    el(
      'button',
      {
        type: 'button',
        class: 'secondary small',
        dataset: { remove: index },
        onclick: () => removeSituation(index),
      },
      t('household.situation.remove', { number: index + 1 })
    )
  );
}

function readSituations() {
  return Array.from(situationsBox.querySelectorAll('.situation-row'), (row, index) => {
    const field = (name) => form.elements.namedItem(`situations[${index}].${name}`).value.trim();
    return { situation: field('situation') || null, proofType: field('proofType') || null, proofDate: field('proofDate') || null };
  });
}

function renderSituations(list) {
  situationsBox.replaceChildren(...list.map(situationRow));
}

function addSituation() {
  const list = readSituations();
  list.push({});
  renderSituations(list);
  $(`situation-${list.length - 1}-situation`).focus();
}

function removeSituation(index) {
  clearErrors(form);
  const list = readSituations();
  list.splice(index, 1);
  renderSituations(list);
  const next = $(`situation-${Math.min(index, list.length - 1)}-situation`);
  (next || $('situation-add')).focus();
}

function fillChoices() {
  const needs = ticked(needsBox);
  checkboxes(needsBox, 'need', options('need', NEEDS), needs);
  const connectivity = chosen(form, 'connectivity');
  radios(connectivityBox, 'connectivity', options('connectivity', CONNECTIVITIES), { checked: connectivity, required: true });
  renderSituations(readSituations());
}

/** Children at school are at most the children: the field's max follows. */
function limitSchoolChildren() {
  const children = Number.parseInt(form.elements.children.value, 10);
  form.elements.schoolChildren.max = Number.isNaN(children) ? '20' : String(Math.max(0, Math.min(children, 20)));
}

function fillForm(h) {
  const f = form.elements;
  for (const name of ['contactName', 'contactPhone', 'contactEmail', 'accessibilityNeeds']) {
    f[name].value = h[name] ?? '';
  }
  commune.set(h.inseeCode, h.communeName);
  for (const name of ['adults', 'children', 'schoolChildren', 'quotientFamilial', 'resteAVivre']) {
    f[name].value = h[name] === null || h[name] === undefined ? '' : String(h[name]);
  }
  f.quotientFamilialDate.value = h.quotientFamilialDate || '';
  f.resteAVivreDate.value = h.resteAVivreDate || '';
  f.inQpv.checked = Boolean(h.inQpv);
  f.version.value = String(h.version);
  checkboxes(needsBox, 'need', options('need', NEEDS), h.needs || []);
  radios(connectivityBox, 'connectivity', options('connectivity', CONNECTIVITIES), { checked: h.connectivity, required: true });
  renderSituations(h.situations || []);
  limitSchoolChildren();
}

/** The body of POST and PUT /households from the form. */
function householdBody() {
  const v = values(form);
  return {
    contactName: v.contactName,
    contactPhone: v.contactPhone,
    contactEmail: v.contactEmail,
    inseeCode: commune.code() || v.inseeCode,
    inQpv: v.inQpv,
    adults: number(v.adults),
    children: number(v.children),
    schoolChildren: number(v.schoolChildren),
    situations: readSituations(),
    quotientFamilial: number(v.quotientFamilial),
    quotientFamilialDate: v.quotientFamilialDate,
    resteAVivre: number(v.resteAVivre),
    resteAVivreDate: v.resteAVivreDate,
    needs: ticked(needsBox),
    connectivity: chosen(form, 'connectivity'),
    accessibilityNeeds: v.accessibilityNeeds,
  };
}

/** The consent notice's text, paragraph by paragraph. */
function noticeText(container) {
  if (!notice) {
    container.replaceChildren();
    return;
  }
  container.replaceChildren(
    el('p', { class: 'notice-version' }, t('household.consent.notice', { version: notice.version })),
    ...String(notice.text)
      .split(/\n\s*\n/)
      .map((paragraph) => el('p', {}, paragraph.trim()))
  );
}

async function loadNotice() {
  notice = await get('consent-notice');
  noticeText($('consent-notice'));
  noticeText($('consent-form-notice'));
}

// ---- The household's page -------------------------------------------------------------------------

function row(term, ...description) {
  return [el('dt', {}, t(term)), el('dd', {}, ...description)];
}

function money(amount, date, unit) {
  if (amount === null || amount === undefined) {
    return none();
  }
  return [
    t(unit, { amount: formatNumber(amount) }),
    ', ',
    date ? t('household.summary.provenOn', { date: formatDate(date) }) : el('span', { class: 'muted' }, t('household.summary.undated')),
  ];
}

function situationsList(list) {
  if (!list || !list.length) {
    return el('span', { class: 'muted' }, t('household.summary.noSituation'));
  }
  return el(
    'ul',
    { class: 'plain-list' },
    list.map((s) =>
      el(
        'li',
        {},
        el('strong', {}, label('situation', s.situation)),
        ' — ',
        s.proofType || t('common.none'),
        ', ',
        s.proofDate ? t('household.summary.provenOn', { date: formatDate(s.proofDate) }) : t('household.summary.undated')
      )
    )
  );
}

function renderSummary() {
  const h = household;
  const contact = h.anonymised
    ? el('span', { class: 'muted' }, t('household.anonymised.short'))
    : [h.contactName, h.contactPhone, h.contactEmail].filter(Boolean).flatMap((line, i) => (i ? [el('br'), line] : [line]));
  $('summary').replaceChildren(
    ...row('field.contact', contact),
    ...row('field.structure', h.structureName || ''),
    ...row('field.commune', h.communeName || h.inseeCode || '', h.inQpv ? [' · ', el('span', { class: 'badge badge-ok' }, t('household.qpv'))] : ''),
    ...row(
      'field.composition',
      t('household.summary.composition', {
        adults: h.adults,
        children: h.children,
        school: h.schoolChildren,
      })
    ),
    ...row('field.situations', situationsList(h.situations)),
    ...row('field.quotientFamilial', money(h.quotientFamilial, h.quotientFamilialDate, 'household.summary.euros')),
    ...row('field.resteAVivre', money(h.resteAVivre, h.resteAVivreDate, 'household.summary.eurosPerDay')),
    ...row('field.needs', h.needs && h.needs.length ? h.needs.map((n) => label('need', n)).join(', ') : none()),
    ...row('field.connectivity', h.connectivity ? label('connectivity', h.connectivity) : none()),
    ...row('field.accessibilityNeeds', h.accessibilityNeeds || none()),
    ...row('field.lastContactAt', h.lastContactAt ? formatDateTime(h.lastContactAt) : none())
  );
}

function renderConsent() {
  const h = household;
  const consent = h.consent;
  $('consent-current').replaceChildren(
    ...(consent
      ? [
          el('span', { class: 'badge badge-ok' }, t('households.consent.yes')),
          ' ',
          t('household.consent.recorded', {
            date: formatDate(consent.givenOn),
            version: consent.noticeVersion,
            by: consent.recordedBy || '',
            at: formatDateTime(consent.recordedAt),
          }),
        ]
      : [el('span', { class: 'badge badge-off' }, t('households.consent.no')), ' ', t('household.consent.missing')])
  );
  const canRecord = may('CONSENT');
  consentForm.hidden = !canRecord;
  if (canRecord && !consentForm.elements.givenOn.value) {
    consentForm.elements.givenOn.value = parisDay();
  }
  consentForm.elements.givenOn.max = parisDay();
}

function renderHead() {
  const h = household;
  $('household-heading').textContent = t('household.heading', { reference: h.reference });
  document.title = t('household.title.reference', { reference: h.reference });
  const subtitle = $('household-subtitle');
  subtitle.replaceChildren(
    el('span', {}, h.anonymised ? t('household.anonymised.short') : h.contactName || ''),
    el('span', { class: 'muted' }, t('household.created', { date: formatDateTime(h.createdAt) }))
  );
  subtitle.hidden = false;
  const note = $('anonymised-note');
  note.hidden = !h.anonymised;
  note.textContent = h.anonymised ? t('household.anonymised.note') : '';
}

function renderEligibility() {
  const section = $('eligibility-section');
  if (!eligibility) {
    section.hidden = true;
    return;
  }
  section.hidden = false;
  $('eligibility-outcome').replaceChildren(outcomeBadge(eligibility.outcome));
  $('eligibility-reasons').replaceChildren(...(eligibility.reasons || []).map((reason) => el('li', {}, reason.message)));
  $('eligibility-version').textContent = t('household.eligibility.version', { version: eligibility.ruleSetVersion });
}

function requestRow(item) {
  return el(
    'tr',
    { 'data-request': item.reference },
    el('td', {}, el('a', { href: requestUrl(item.id), class: 'tag-link' }, item.reference)),
    el('td', {}, requestStatusBadge(item.status)),
    el('td', {}, outcomeBadge(item.assessmentOutcome)),
    el('td', {}, item.submittedAt ? formatDateTime(item.submittedAt) : none())
  );
}

/** Whether the file's view lists {@code action} among what the signed-in user may do next. */
function may(action) {
  return Boolean(household && household.actions && household.actions.includes(action));
}

function renderRequests() {
  fillRows($('requests-table').querySelector('tbody'), requests, requestRow, t('household.requests.empty'));
  const link = $('new-request-link');
  link.href = newRequestUrl(household.id);
  link.hidden = !may('REQUEST_PACK');
}

function renderActions() {
  const h = household;
  $('edit-toggle').hidden = !may('EDIT');
  $('export-button').hidden = !may('EXPORT');
  const mayAnonymise = may('ANONYMISE');
  $('anonymise-open').hidden = !mayAnonymise;
  if (!mayAnonymise) {
    $('anonymise-confirm').hidden = true;
  }
}

function render() {
  if (!household) {
    return;
  }
  renderHead();
  renderSummary();
  renderConsent();
  renderEligibility();
  renderRequests();
  renderActions();
}

async function loadEligibility() {
  try {
    eligibility = await get(`households/${household.id}/eligibility`);
  } catch (error) {
    // Not every role sees the preview; the page stands without it.
    if (!(error instanceof ApiError) || error.status !== 403) {
      throw error;
    }
    eligibility = null;
  }
}

async function loadRequests() {
  requests = (await get('pack-requests', { householdId: household.id, size: 100 })).items;
}

async function reload() {
  household = await get(`households/${household.id}`);
  await Promise.all([loadEligibility(), loadRequests()]);
  render();
}

function openEdit(open) {
  formSection.hidden = !open;
  $('edit-toggle').setAttribute('aria-expanded', String(open));
  if (open) {
    clearErrors(form);
    fillForm(household);
    focusOn($('form-title'));
  }
}

// ---- Wiring -------------------------------------------------------------------------------------

function wireForm() {
  $('situation-add').addEventListener('click', addSituation);
  form.elements.children.addEventListener('input', limitSchoolChildren);
  handleSubmit(form, async () => {
    if (!household) {
      const body = {
        ...householdBody(),
        consent: { noticeVersion: notice ? notice.version : null, givenOn: form.elements['consent.givenOn'].value || null },
      };
      const { data } = await request('POST', 'households', { body, headers: { 'Idempotency-Key': createKey } });
      createKey = newIdempotencyKey();
      await leaveFor(`households/household.html?id=${encodeURIComponent(data.id)}&created=1`);
      return;
    }
    // Someone saved meanwhile: their values are shown, to be changed again.
    const saved = await saveOrReload(
      () => put(`households/${household.id}`, { ...householdBody(), version: Number(form.elements.version.value) }),
      {
        reload: async () => {
          await reload();
          fillForm(household);
        },
        focus: () => form.elements.contactName.focus(),
      }
    );
    if (saved === RELOADED) {
      return;
    }
    household = saved;
    await Promise.all([loadEligibility(), loadRequests()]);
    openEdit(false);
    render();
    say(t('household.saved', { reference: household.reference }), 'success');
    focusOn($('household-heading'));
  });
}

function wireView() {
  $('edit-toggle').addEventListener('click', () => openEdit(formSection.hidden));
  $('edit-cancel').addEventListener('click', () => {
    openEdit(false);
    $('edit-toggle').focus();
  });

  handleSubmit(consentForm, async () => {
    household = await post(`households/${household.id}/consent`, {
      noticeVersion: notice ? notice.version : null,
      givenOn: consentForm.elements.givenOn.value || null,
    });
    consentForm.reset();
    render();
    say(t('household.consent.done'), 'success');
    focusOn($('consent-title'));
  });

  $('export-button').addEventListener('click', async () => {
    try {
      const answer = await download('GET', `households/${household.id}/export`, { accept: 'application/json' });
      saveDocument(answer.blob, answer.filename || `foyer-${household.reference}.json`);
      say(t('household.exported', { reference: household.reference }), 'success');
    } catch (error) {
      showProblem(error);
    }
  });

  $('anonymise-open').addEventListener('click', () => {
    $('anonymise-confirm').hidden = false;
    $('anonymise-open').setAttribute('aria-expanded', 'true');
    focusOn($('anonymise-title'));
  });
  $('anonymise-cancel').addEventListener('click', () => {
    $('anonymise-confirm').hidden = true;
    $('anonymise-open').setAttribute('aria-expanded', 'false');
    $('anonymise-open').focus();
  });
  handleSubmit(anonymiseForm, async () => {
    household = await post(`households/${household.id}/anonymisation`);
    $('anonymise-confirm').hidden = true;
    openEdit(false);
    await Promise.all([loadEligibility(), loadRequests()]);
    render();
    say(t('household.anonymised.done', { reference: household.reference }), 'success');
    focusOn($('household-heading'));
  });
}

async function startCreation() {
  if (user.role !== 'SOCIAL_WORKER') {
    say({ title: t('household.create.forbidden.title'), detail: t('household.create.forbidden.detail') }, 'error');
    return;
  }
  await loadNotice();
  $('consent-fieldset').hidden = false;
  form.elements['consent.givenOn'].value = parisDay();
  form.elements['consent.givenOn'].max = parisDay();
  formSection.hidden = false;
  fillChoices();
  renderSituations([{}]);
  limitSchoolChildren();
  for (const name of ['quotientFamilialDate', 'resteAVivreDate']) {
    form.elements[name].max = parisDay();
  }
}

async function startPage(id) {
  household = await get(`households/${id}`);
  await Promise.all([loadEligibility(), loadRequests()]);
  $('household-view').hidden = false;
  $('consent-fieldset').remove(); // consent of an existing file has its own form
  $('form-title').dataset.i18n = 'household.form.heading.edit';
  $('form-title').textContent = t('household.form.heading.edit');
  $('household-submit').dataset.i18n = 'common.save';
  $('household-submit').textContent = t('common.save');
  $('edit-cancel').hidden = false;
  for (const name of ['quotientFamilialDate', 'resteAVivreDate']) {
    form.elements[name].max = parisDay();
  }
  if (may('CONSENT')) {
    await loadNotice();
  }
  render();
  wireView();
  const params = queryParams();
  if (params.get('created')) {
    say(t('household.created.status', { reference: household.reference }), 'success');
    window.history.replaceState(null, '', `?id=${household.id}`);
  }
}

async function start() {
  user = await startHouseholdsPage(HOUSEHOLD_ROLES);
  const id = Number.parseInt(queryParams().get('id'), 10);
  wireForm();
  if (id) {
    try {
      await startPage(id);
    } catch (error) {
      showProblem(error);
      markReady();
      return;
    }
  } else {
    await startCreation();
  }
  onLanguageChange(async () => {
    try {
      fillChoices();
      if (notice) {
        await loadNotice();
      }
      if (household) {
        // Eligibility reasons come translated from the server.
        await loadEligibility();
        render();
      }
    } catch (error) {
      showError(error);
    }
  });
  markReady();
}

start().catch((error) => showError(error));
