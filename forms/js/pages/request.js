// A pack request. With ?household= a new request for that household: the device wanted, the
// features it must have, the urgency (with its reason), the internet offer, the support place;
// kept as a draft or sent at once. With ?id= the request's page: its status, what the eligibility
// rules assessed and what a coordinator decided, what the caller may do now (the server's
// `actions`: edit the draft, send it, cancel it, print the referral slip, decide), and its
// history, newest first. Refusals about the whole request (no consent, quota reached) are said
// at the top of the page.
import { apiHref, get, newIdempotencyKey, post, put, request as call } from '../api.js';
import { cents, euros, kindLabel, priceText } from '../connectivity.js';
import { parisDateTime } from '../handovers.js';
import { shortDate } from '../support.js';
import { formatDate, formatDateTime, label, lang, onLanguageChange, parisDay, t } from '../i18n.js';
import { clearErrors, el, fieldError, fillRows, focusOn, markReady, queryParams, RELOADED, saveOrReload, say, showError, values } from '../ui.js';
import {
  checkboxes,
  chosen,
  DECISIONS,
  DEVICES,
  FEATURES,
  handleSubmit,
  householdUrl,
  none,
  options,
  outcomeBadge,
  radios,
  showProblem,
  startHouseholdsPage,
  ticked,
  URGENCIES,
} from '../households.js';

const $ = (id) => document.getElementById(id);
const form = $('request-form');
const formSection = $('form-section');
const featuresBox = $('request-features');
const submitForm = $('submit-form');
const cancelForm = $('cancel-form');
const decideForm = $('decide-form');

let user;
let household = null; // the household of a new request
let packRequest = null;
let createKey = newIdempotencyKey();

// ---- The request form (new, or a draft corrected) -------------------------------------------------

function fillChoices() {
  const device = chosen(form, 'preferredDevice');
  const urgency = chosen(form, 'urgency') || 'NORMAL';
  const features = ticked(featuresBox);
  radios($('request-preferredDevice'), 'preferredDevice', options('preferredDevice', DEVICES), { checked: device, required: true });
  checkboxes(featuresBox, 'feature', options('feature', FEATURES), features);
  radios($('request-urgency'), 'urgency', options('urgency', URGENCIES), { checked: urgency, required: true });
  const outcome = chosen(decideForm, 'outcome');
  radios($('decide-outcome'), 'outcome', options('decide', DECISIONS), { checked: outcome, required: true });
  followUrgency();
}

/** The reason is asked for, and required, only for an urgent request. */
function followUrgency() {
  const urgent = chosen(form, 'urgency') === 'URGENT';
  $('urgency-reason-field').hidden = !urgent;
  form.elements.urgencyReason.required = urgent;
}

function fillForm(r) {
  radios($('request-preferredDevice'), 'preferredDevice', options('preferredDevice', DEVICES), {
    checked: r.preferredDevice,
    required: true,
  });
  checkboxes(featuresBox, 'feature', options('feature', FEATURES), r.features || []);
  radios($('request-urgency'), 'urgency', options('urgency', URGENCIES), { checked: r.urgency || 'NORMAL', required: true });
  form.elements.urgencyReason.value = r.urgencyReason || '';
  form.elements.needsInternet.checked = Boolean(r.needsInternet);
  form.elements.supportPlace.value = r.supportPlace || '';
  form.elements.version.value = r.version === undefined ? '' : String(r.version);
  followUrgency();
}

function requestBody() {
  const v = values(form);
  const urgency = chosen(form, 'urgency');
  return {
    preferredDevice: chosen(form, 'preferredDevice'),
    features: ticked(featuresBox),
    urgency,
    urgencyReason: urgency === 'URGENT' ? v.urgencyReason : null,
    needsInternet: Boolean(v.needsInternet),
    supportPlace: v.supportPlace,
  };
}

// ---- The request's page ---------------------------------------------------------------------------

function may(action) {
  return Boolean(packRequest && Array.isArray(packRequest.actions) && packRequest.actions.includes(action));
}

function renderHead() {
  const r = packRequest;
  $('request-heading').textContent = t('request.heading', { reference: r.reference });
  document.title = t('request.title.reference', { reference: r.reference });
  const link = $('household-link');
  link.href = householdUrl(r.householdId);
  link.textContent = r.contactName
    ? t('request.household', { reference: r.householdReference, name: r.contactName })
    : t('request.household.anonymous', { reference: r.householdReference });
  $('household-crumb').hidden = false;
}

function renderState() {
  const r = packRequest;
  const status = $('request-status');
  status.className = `big-status status-badge request-status-${String(r.status).toLowerCase()}`;
  status.dataset.status = r.status;
  status.textContent = label('requestStatus', r.status);
  $('request-since').textContent = r.statusSince ? t('request.since', { date: formatDateTime(r.statusSince) }) : '';
  const next = `request.next.${r.status}`;
  $('request-next').textContent = t(next) === next ? '' : t(next);

  submitForm.hidden = !may('SUBMIT');
  $('edit-open').hidden = !may('EDIT');
  if (!may('EDIT')) {
    formSection.hidden = true;
    $('edit-open').setAttribute('aria-expanded', 'false');
  }
  const slip = $('slip-link');
  slip.hidden = !may('SLIP');
  slip.href = may('SLIP') ? apiHref(`pack-requests/${r.id}/referral-slip`) : '#state-title';
  $('cancel-open').hidden = !may('CANCEL');
  if (!may('CANCEL')) {
    cancelForm.hidden = true;
  }
  $('decide-section').hidden = !may('DECIDE');
}

function reasons(list) {
  if (!list || !list.length) {
    return null;
  }
  return el('ul', { class: 'plain-list' }, list.map((reason) => el('li', {}, reason.message)));
}

function renderAssessment() {
  const a = packRequest.assessment;
  if (!a) {
    $('assessment').replaceChildren(el('p', { class: 'muted' }, t('request.assessment.none')));
    return;
  }
  $('assessment').replaceChildren(
    ...[
      el('p', { class: 'big-outcome' }, outcomeBadge(a.outcome)),
      a.previousPackOn
        ? el('p', { class: 'field-error', id: 'previous-pack' }, t('request.assessment.previousPack', { date: formatDate(a.previousPackOn) }))
        : null,
      reasons(a.reasons),
      el('p', { class: 'muted' }, t('request.assessment.version', { version: a.ruleSetVersion })),
    ].filter(Boolean)
  );
}

function renderDecision() {
  const d = packRequest.decision;
  if (!d) {
    $('decision').replaceChildren(el('p', { class: 'muted' }, t('request.decision.none')));
    return;
  }
  $('decision').replaceChildren(
    ...[
      el(
        'p',
        { class: 'big-outcome' },
        outcomeBadge(d.outcome, 'decision'),
        d.override ? [' ', el('span', { class: 'badge badge-off' }, t('request.decision.override'))] : null
      ),
      d.justification ? el('blockquote', { class: 'justification' }, d.justification) : null,
      el('p', { class: 'muted' }, t('request.decision.by', { by: d.decidedBy || '', at: formatDateTime(d.decidedAt) })),
    ].filter(Boolean)
  );
}

function row(term, ...description) {
  return [el('dt', {}, t(term)), el('dd', {}, ...description)];
}

function renderSummary() {
  const r = packRequest;
  $('request-summary').replaceChildren(
    ...row('field.household', el('a', { href: householdUrl(r.householdId) }, r.householdReference)),
    ...row('field.structure', r.structureName || ''),
    ...row('field.preferredDevice', label('preferredDevice', r.preferredDevice)),
    ...row('field.features', r.features && r.features.length ? r.features.map((f) => label('feature', f)).join(', ') : none()),
    ...row(
      'field.urgency',
      label('urgency', r.urgency),
      r.urgency === 'URGENT' && r.urgencyReason ? [' — ', r.urgencyReason] : ''
    ),
    ...row('field.needsInternet.short', t(r.needsInternet ? 'common.yes' : 'common.no')),
    ...row('field.supportPlace', r.supportPlace || none()),
    ...row('field.createdAt.request', formatDateTime(r.createdAt)),
    ...row('field.submittedAt', r.submittedAt ? formatDateTime(r.submittedAt) : none())
  );
}

function eventRow(event) {
  // A creation has no "from": its status is the draft's, said by the event itself.
  const move =
    event.fromStatus && event.toStatus
      ? ['\u00a0: ', t('request.history.move', { from: label('requestStatus', event.fromStatus), to: label('requestStatus', event.toStatus) })]
      : [];
  return el(
    'tr',
    { dataset: { kind: event.kind } },
    el('td', {}, el('time', { datetime: event.occurredAt }, formatDateTime(event.occurredAt))),
    el('td', {}, event.actor || ''),
    el('td', {}, label('requestEvent', event.kind), ...move),
    el('td', {}, event.notes || '')
  );
}

/** Whether the decision needs a written justification: it overrides the assessment, or none was reached. */
function justificationRequired(outcome) {
  const assessed = packRequest.assessment ? packRequest.assessment.outcome : null;
  if (!assessed || assessed === 'NEEDS_REVIEW') {
    return true;
  }
  if (!outcome) {
    return false;
  }
  return outcome === 'ELIGIBLE' ? assessed !== 'ELIGIBLE' : assessed === 'ELIGIBLE';
}

function renderDecide() {
  if (!may('DECIDE')) {
    return;
  }
  const assessed = packRequest.assessment ? packRequest.assessment.outcome : null;
  $('decide-assessment').textContent = assessed
    ? t('request.decide.assessed', { outcome: label('outcome', assessed) })
    : t('request.decide.unassessed');
  const outcome = chosen(decideForm, 'outcome');
  const required = justificationRequired(outcome);
  const area = decideForm.elements.justification;
  area.required = required;
  $('decide-justification-label').textContent = t(required ? 'field.justification.required' : 'field.justification.optional');
  let hint;
  if (!assessed || assessed === 'NEEDS_REVIEW') {
    hint = t('request.decide.hint.review');
  } else if (!outcome) {
    hint = t('request.decide.hint.choose', { outcome: label('outcome', assessed) });
  } else if (required) {
    hint = t('request.decide.hint.override', { outcome: label('outcome', assessed) });
  } else {
    hint = t('request.decide.hint.follows');
  }
  $('decide-justification-hint').textContent = hint;
}

// ---- The hand-over: the appointment to pass on, then its receipt --------------------------------

let handovers = [];

function pdfLink(path, key, language) {
  return el(
    'a',
    { class: 'button secondary', href: apiHref(path, { lang: language }), target: '_blank', rel: 'noopener', type: 'application/pdf', lang: language },
    t(key, { language: language.toUpperCase() })
  );
}

function handoverItem(h) {
  const place = h.placeName || h.placeAddress;
  const links = [];
  const papers = [
    ['LETTER', 'letter.pdf', 'request.handover.letter'],
    ['RECEIPT', 'receipt.pdf', 'request.handover.receipt'],
    ['RETURN_RECEIPT', 'return-receipt.pdf', 'request.handover.returnReceipt'],
  ];
  for (const [action, file, key] of papers) {
    if ((h.actions || []).includes(action)) {
      links.push(pdfLink(`handovers/${h.id}/${file}`, key, 'fr'), ' ', pdfLink(`handovers/${h.id}/${file}`, key, 'en'), ' ');
    }
  }
  return el(
    'li',
    { class: 'handover-item', dataset: { status: h.status } },
    el('p', {}, el('strong', {}, label('handoverStatus', h.status)), ' — ', t('request.handover.when', { when: parisDateTime(h.appointmentAt), place, with: h.supportName })),
    el('p', { class: 'muted' }, t('request.handover.device', { tag: h.assetTag, type: label('type', h.deviceType) })),
    h.returned ? el('p', {}, t('request.handover.returned', { when: parisDateTime(h.returned.returnedAt), reason: label('returnReason', h.returned.reason) })) : '',
    links.length ? el('div', { class: 'actions' }, ...links) : ''
  );
}

function renderHandovers() {
  $('handover-section').hidden = handovers.length === 0;
  $('handover-list').replaceChildren(...handovers.map(handoverItem));
}

async function loadHandovers() {
  handovers = packRequest ? (await get('handovers', { requestId: packRequest.id, size: 20 })).items || [] : [];
  renderHandovers();
}

// ---- The internet offers the household may take, cheapest over 12 months ------------------------

let householdOffers = null;

function offerCell(offer) {
  return el('td', {}, el('strong', {}, offer.name), el('br'), el('span', { class: 'muted' }, `${offer.operator} — ${kindLabel(offer.kind)}`));
}

function rankedRow(r) {
  return el(
    'tr',
    { dataset: { offer: r.offer.name } },
    el('td', {}, String(r.rank)),
    offerCell(r.offer),
    el('td', {}, euros(r.costOverHorizonCents)),
    el('td', {}, priceText(r.offer)),
    el('td', {}, r.offer.howToSubscribe)
  );
}

function excludedRow(x) {
  return el(
    'tr',
    { dataset: { offer: x.offer.name } },
    offerCell(x.offer),
    el('td', {}, priceText(x.offer)),
    el(
      'td',
      {},
      el(
        'ul',
        { class: 'reasons' },
        ...x.reasons.map((reason) =>
          el('li', { dataset: { reason: reason.reason } }, el('strong', {}, label('offerReason', reason.reason)), ' — ', reason.explanation[lang()] || reason.explanation.fr)
        )
      )
    )
  );
}

function renderOffers() {
  $('offers-section').hidden = !householdOffers;
  if (!householdOffers) {
    return;
  }
  $('offers-where').textContent = t('request.offers.where', { commune: householdOffers.communeName, departement: householdOffers.departement });
  fillRows($('offers-table').querySelector('tbody'), householdOffers.offers, rankedRow, t('request.offers.none'));
  fillRows($('offers-excluded-table').querySelector('tbody'), householdOffers.excluded, excludedRow, t('request.offers.excluded.none'));
}

async function loadOffers(budget = null) {
  householdOffers = packRequest
    ? await get(`offers/for-household/${packRequest.householdId}`, budget === null ? {} : { budget: (budget / 100).toFixed(2) })
    : null;
  renderOffers();
  renderLine();
}

// ---- The household's internet line: the offer chosen, its status and dates ------------------------

let lines = [];

function lineDetails(line) {
  const rows = [
    [t('request.line.offer.label'), `${line.offerName} (${line.operator})`],
    [t('request.line.status'), t(`request.line.status.${line.status}`)],
    [t('request.line.requestedOn'), formatDate(line.requestedOn)],
  ];
  if (line.activeFrom) {
    rows.push([t('request.line.activeFrom'), formatDate(line.activeFrom)]);
  }
  if (line.promotionEndsOn) {
    rows.push([t('request.line.promotionEndsOn'), formatDate(line.promotionEndsOn)]);
  }
  if (line.endedOn) {
    rows.push([t('request.line.endedOn'), formatDate(line.endedOn)]);
  }
  if (line.refusalReason) {
    rows.push([t('request.line.refusalReason'), line.refusalReason]);
  }
  if (line.unpaid) {
    rows.push([t('request.line.unpaid'), formatDate(line.unpaidSince)]);
  }
  return rows.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]);
}

function renderLine() {
  $('line-section').hidden = !packRequest || !['SOCIAL_WORKER', 'COORDINATOR'].includes(user.role);
  const current = lines[0];
  $('line-none').hidden = Boolean(current);
  $('line-details').hidden = !current;
  $('line-details').replaceChildren(...(current ? lineDetails(current) : []));
  // A new line may be recorded when none is open, from the offers this household may take.
  const open = current && ['REQUESTED', 'ACTIVE'].includes(current.status);
  const choices = householdOffers ? householdOffers.offers : [];
  $('line-form').hidden = Boolean(open) || choices.length === 0;
  $('line-offer').replaceChildren(
    ...choices.map((r) => el('option', { value: String(r.offer.id) }, `${r.offer.name} (${r.offer.operator}) — ${priceText(r.offer)}`))
  );
  renderLineSteps(current);
}

/** The next steps the server allows on the line (its actions), each as a small form or button. */
function renderLineSteps(current) {
  const actions = current ? current.actions || [] : [];
  $('line-steps').hidden = actions.length === 0;
  $('line-activate-form').hidden = !actions.includes('ACTIVATE');
  $('line-refuse-form').hidden = !actions.includes('REFUSE');
  $('line-end-form').hidden = !actions.includes('END');
  $('line-unpaid').hidden = !actions.includes('REPORT_UNPAID');
  $('line-paid').hidden = !actions.includes('PAID_AGAIN');
  if (actions.includes('ACTIVATE') && !$('line-activeFrom').value) {
    $('line-activeFrom').value = parisDay();
  }
}

/**
 * Posts one step of the line with its version; someone else saved first (409): the line is
 * reloaded and the focus goes back to the section's heading.
 */
async function lineStep(step, body, done) {
  const current = lines[0];
  const saved = await saveOrReload(() => post(`subscriptions/${current.id}/${step}`, { ...body, version: current.version }), {
    reload: loadLine,
    focus: () => focusOn($('line-title')),
  });
  if (saved === RELOADED) {
    return;
  }
  for (const stepForm of ['line-activate-form', 'line-refuse-form', 'line-end-form']) {
    $(stepForm).reset();
  }
  await loadLine();
  say(t(done), 'success');
  focusOn($('line-title'));
}

/** Wires a step form: its required fields checked first, then body(values) posted. */
function wireLineStep(stepForm, step, body, done) {
  handleSubmit(stepForm, () => lineStep(step, body(values(stepForm)), done));
}

async function loadLine() {
  lines = packRequest && ['SOCIAL_WORKER', 'COORDINATOR'].includes(user.role) ? await get('subscriptions', { requestId: packRequest.id }) : [];
  renderLine();
}

// ---- The follow-up after the hand-over: where it stands, never what was said ---------------------

let followUps = [];

function followUpDetails(plan) {
  const rows = [
    [t('request.followUp.team'), plan.team],
    [t('request.followUp.startedOn'), shortDate(plan.startedOn)],
    [t('request.followUp.calls'), t('request.followUp.calls.value', { done: plan.milestonesDone, total: plan.milestones })],
  ];
  if (plan.status === 'OPEN' && plan.nextCallOn) {
    rows.push([t('request.followUp.nextCall'), shortDate(plan.nextCallOn)]);
  }
  rows.push([t('request.followUp.sessions'), String(plan.sessionsAttended)]);
  if (plan.closedOn) {
    rows.push([t('request.followUp.closedOn'), shortDate(plan.closedOn)]);
  }
  if (plan.outcome) {
    rows.push([t('request.followUp.outcome'), t(`followUp.outcome.${plan.outcome}`)]);
  }
  return rows.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]);
}

function renderFollowUp() {
  const plan = followUps[0];
  $('followup-section').hidden = !plan;
  if (!plan) {
    return;
  }
  $('followup-state').textContent = plan.status === 'OPEN' ? t('request.followUp.open') : t('request.followUp.closed');
  $('followup-details').replaceChildren(...followUpDetails(plan));
}

async function loadFollowUp() {
  const followed = packRequest && ['IN_FOLLOW_UP', 'CLOSED'].includes(packRequest.status);
  followUps = followed && ['SOCIAL_WORKER', 'COORDINATOR'].includes(user.role) ? await get('support-plans/status', { requestId: packRequest.id }) : [];
  renderFollowUp();
}

function render() {
  if (!packRequest) {
    return;
  }
  renderHandovers();
  renderOffers();
  renderLine();
  renderFollowUp();
  renderHead();
  renderState();
  renderAssessment();
  renderDecision();
  renderSummary();
  renderDecide();
  fillRows($('events-table').querySelector('tbody'), packRequest.events || [], eventRow, t('request.history.empty'));
}

/** Shows a request in place (after creating it, the page becomes its page). */
function show(r) {
  packRequest = r;
  household = null;
  window.history.replaceState(null, '', `?id=${encodeURIComponent(r.id)}`);
  $('request-view').hidden = false;
  $('form-title').dataset.i18n = 'request.form.heading.edit';
  $('form-title').textContent = t('request.form.heading.edit');
  $('form-household').textContent = '';
  $('consent-warning').hidden = true;
  $('edit-cancel').hidden = false;
  render();
}

async function reload() {
  packRequest = await get(`pack-requests/${packRequest.id}`);
  render();
  await loadHandovers();
  await loadFollowUp();
}

// ---- Wiring ---------------------------------------------------------------------------------------

function wire() {
  wireLineStep($('line-activate-form'), 'activation', (v) => ({ activeFrom: v.activeFrom }), 'request.line.activated');
  wireLineStep($('line-refuse-form'), 'refusal', (v) => ({ reason: v.reason }), 'request.line.refused');
  wireLineStep($('line-end-form'), 'end', (v) => ({ endedOn: v.endedOn }), 'request.line.ended');
  for (const [id, step, done] of [
    ['line-unpaid', 'unpaid', 'request.line.unpaidReported'],
    ['line-paid', 'paid', 'request.line.paidAgain'],
  ]) {
    $(id).addEventListener('click', () => lineStep(step, {}, done).catch((error) => showError(error)));
  }
  $('line-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const lineForm = $('line-form');
    clearErrors(lineForm);
    try {
      await post('subscriptions', { requestId: packRequest.id, offerId: Number(lineForm.elements.offerId.value) });
      await loadLine();
      say(t('request.line.saved'), 'info');
    } catch (error) {
      showError(error, lineForm);
    }
  });
  $('offers-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const offersForm = $('offers-form');
    clearErrors(offersForm);
    const budget = cents(offersForm.elements.budget.value.trim());
    if (Number.isNaN(budget)) {
      fieldError(offersForm, 'budget', t('offers.money.invalid'));
      offersForm.elements.budget.focus();
      return;
    }
    try {
      await loadOffers(budget);
      say(t('request.offers.caption'), 'info');
    } catch (error) {
      showError(error, offersForm);
    }
  });
  form.addEventListener('change', (event) => {
    if (event.target.name === 'urgency') {
      followUrgency();
    }
  });
  handleSubmit(form, async (submitter) => {
    const send = submitter && submitter.value === 'send';
    let saved;
    if (!packRequest) {
      const { data } = await call('POST', 'pack-requests', {
        body: { householdId: household.id, ...requestBody() },
        headers: { 'Idempotency-Key': createKey },
      });
      createKey = newIdempotencyKey();
      saved = data;
    } else {
      saved = await saveOrReload(() => put(`pack-requests/${packRequest.id}`, { ...requestBody(), version: Number(form.elements.version.value) }), {
        reload: async () => {
          await reload();
          fillForm(packRequest);
        },
      });
      if (saved === RELOADED) {
        return;
      }
    }
    show(saved);
    formSection.hidden = true;
    $('edit-open').setAttribute('aria-expanded', 'false');
    if (!send) {
      say(t('request.saved', { reference: saved.reference }), 'success');
      focusOn($('request-heading'));
      return;
    }
    try {
      show(await post(`pack-requests/${saved.id}/submission`));
    } catch (error) {
      // The draft is kept; why it could not be sent is said at the top.
      showProblem(error);
      return;
    }
    say(t('request.submitted', { reference: packRequest.reference, status: label('requestStatus', packRequest.status) }), 'success');
    focusOn($('request-heading'));
  });

  handleSubmit(submitForm, async () => {
    show(await post(`pack-requests/${packRequest.id}/submission`));
    say(t('request.submitted', { reference: packRequest.reference, status: label('requestStatus', packRequest.status) }), 'success');
    focusOn($('state-title'));
  });

  $('edit-open').addEventListener('click', () => {
    const open = formSection.hidden;
    formSection.hidden = !open;
    $('edit-open').setAttribute('aria-expanded', String(open));
    if (open) {
      clearErrors(form);
      fillForm(packRequest);
      focusOn($('form-title'));
    }
  });
  $('edit-cancel').addEventListener('click', () => {
    formSection.hidden = true;
    $('edit-open').setAttribute('aria-expanded', 'false');
    $('edit-open').focus();
  });

  $('cancel-open').addEventListener('click', () => {
    cancelForm.hidden = false;
    $('cancel-open').setAttribute('aria-expanded', 'true');
    cancelForm.elements.reason.focus();
  });
  $('cancel-close').addEventListener('click', () => {
    cancelForm.hidden = true;
    clearErrors(cancelForm);
    $('cancel-open').setAttribute('aria-expanded', 'false');
    $('cancel-open').focus();
  });
  handleSubmit(cancelForm, async () => {
    show(await post(`pack-requests/${packRequest.id}/cancellation`, { reason: values(cancelForm).reason }));
    cancelForm.reset();
    say(t('request.cancelled', { reference: packRequest.reference }), 'success');
    focusOn($('state-title'));
  });

  decideForm.addEventListener('change', renderDecide);
  handleSubmit(decideForm, async () => {
    const body = {
      outcome: chosen(decideForm, 'outcome'),
      justification: values(decideForm).justification,
      version: packRequest.version,
    };
    const decided = await saveOrReload(() => post(`pack-requests/${packRequest.id}/decision`, body), { reload });
    if (decided === RELOADED) {
      return;
    }
    show(decided);
    decideForm.reset();
    render();
    say(t('request.decided', { reference: packRequest.reference, status: label('requestStatus', packRequest.status) }), 'success');
    focusOn($('state-title'));
  });
}

function renderNewForm() {
  const h = household;
  $('request-heading').textContent = t('request.heading.for', { reference: h.reference });
  document.title = t('request.title.new', { reference: h.reference });
  const link = $('household-link');
  link.href = householdUrl(h.id);
  link.textContent = h.contactName ? t('request.household', { reference: h.reference, name: h.contactName }) : h.reference;
  $('household-crumb').hidden = false;
  $('form-household').textContent = t('request.form.household', { reference: h.reference });
  const warning = $('consent-warning');
  warning.hidden = Boolean(h.consent);
  warning.replaceChildren(
    ...(h.consent ? [] : [t('request.form.noConsent'), ' ', el('a', { href: householdUrl(h.id) }, t('request.form.noConsent.link'))])
  );
}

async function startNew(householdId) {
  if (user.role !== 'SOCIAL_WORKER') {
    say({ title: t('request.create.forbidden.title'), detail: t('request.create.forbidden.detail') }, 'error');
    return;
  }
  household = await get(`households/${householdId}`);
  formSection.hidden = false;
  fillChoices();
  // A household without internet at home most likely needs the offer.
  form.elements.needsInternet.checked = ['NONE', 'MOBILE_ONLY'].includes(household.connectivity);
  renderNewForm();
}

async function start() {
  user = await startHouseholdsPage();
  fillChoices();
  wire();
  const params = queryParams();
  const id = Number.parseInt(params.get('id'), 10);
  const householdId = Number.parseInt(params.get('household'), 10);
  try {
    if (id) {
      show(await get(`pack-requests/${id}`));
      await loadHandovers();
      await loadOffers();
      await loadLine();
      await loadFollowUp();
    } else if (householdId) {
      await startNew(householdId);
    } else {
      say({ title: t('request.missing.title'), detail: t('request.missing.detail') }, 'error');
    }
  } catch (error) {
    showProblem(error);
  }
  onLanguageChange(async () => {
    fillChoices();
    try {
      if (packRequest) {
        // Assessment reasons come translated from the server.
        await reload();
      } else if (household) {
        renderNewForm();
      }
    } catch (error) {
      showError(error);
    }
  });
  markReady();
}

start().catch((error) => showError(error));
