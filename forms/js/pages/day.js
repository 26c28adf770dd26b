// "Ma journée" (SUPPORT, COORDINATOR): the follow-up calls due by the day chosen (late ones first)
// and the day's sessions. Each call is logged in one click — reached and all is well, or not reached
// (the server schedules the retry) — or through "Autre réponse…", a small form with the four
// answers, a workshop to book when the household needs help, and notes. After the last milestone's
// call reaches the household, the END self-assessment is offered. The day and the team toggle stay
// in the address. A call a colleague logged first (409) reloads the list and says so.
import { get, getAll, post, put } from '../api.js';
import { onLanguageChange, parisDay, plural, t } from '../i18n.js';
import { addDays, isDay, longDay, phoneLink } from '../handovers.js';
import { checkForm, handleSubmit, showProblem } from '../households.js';
import { chosenLevels, seatsText, sessionTime, sessionUrl, shortDate, SKILLS, skillFieldset, startSupportPage } from '../support.js';
import { clearErrors, el, fillRows, focusOn, markReady, queryParams, RELOADED, saveOrReload, say, setQueryParams, showError } from '../ui.js';

const $ = (id) => document.getElementById(id);
const dayForm = $('day-form');
const callsList = $('calls-list');
const assessmentForm = $('assessment-form');

/** The four answers of a reached call, in the order they are asked. */
const ANSWERS = ['deviceWorks', 'stillConnected', 'usingIt', 'needsHelp'];

let user;
let day = null;
let team = false;
/** The day's calls and sessions (null while loading). */
let calls = null;
let sessions = [];
/** The workshops a household may be booked into from a call, loaded when first needed. */
let workshops = null;
/** The plan whose END self-assessment is offered, if any. */
let assessing = null;
let loads = 0;

function nameOf(call) {
  return call.householdName || call.requestReference;
}

function isLate(call) {
  return call.dueOn < day;
}

// ---- The calls --------------------------------------------------------------------------------

function callButton(call, key, className, onclick, extra = {}) {
  return el(
    'button',
    { type: 'button', class: className, 'aria-describedby': `call-${call.callId}-name`, onclick, ...extra },
    t(key)
  );
}

function callItem(call) {
  const late = isLate(call);
  const facts = [t('day.call.milestone', { milestone: call.milestone })];
  if (call.attempt > 1) {
    facts.push(t('day.call.attempt', { attempt: call.attempt }));
  }
  if (call.lastMilestone) {
    facts.push(t('day.call.last'));
  }
  return el(
    'li',
    {
      class: `call-item${late ? ' call-late' : ''}`,
      id: `call-${call.callId}`,
      dataset: { call: String(call.callId), plan: String(call.planId), request: call.requestReference, milestone: call.milestone },
    },
    el('h3', { id: `call-${call.callId}-name` }, nameOf(call), late ? [' ', el('span', { class: 'badge badge-danger' }, t('day.call.late'))] : ''),
    el('p', {}, facts.join(' · '), ' · ', late ? el('strong', {}, t('day.call.dueOn', { date: shortDate(call.dueOn) })) : t('day.call.dueOn', { date: shortDate(call.dueOn) })),
    el('p', {}, call.householdPhone ? [t('day.call.phone'), ' ', phoneLink(call.householdPhone)] : el('span', { class: 'muted' }, t('day.call.noPhone'))),
    el(
      'p',
      { class: 'muted' },
      t('day.call.request', { reference: call.requestReference }),
      team || user.role === 'COORDINATOR' ? ` · ${t('day.call.with', { name: call.supportPerson })}` : ''
    ),
    el(
      'div',
      { class: 'actions' },
      callButton(call, 'day.call.fine', 'call-fine', () => logFine(call)),
      callButton(call, 'day.call.notReached', 'secondary call-not-reached', () => logNotReached(call)),
      callButton(call, 'day.call.other', 'secondary call-other', () => toggleOther(call), {
        'aria-expanded': 'false',
        'aria-controls': `other-${call.callId}`,
      })
    )
  );
}

function renderCalls() {
  if (calls === null) {
    callsList.setAttribute('aria-busy', 'true');
    return;
  }
  callsList.removeAttribute('aria-busy');
  const late = calls.filter(isLate).length;
  $('calls-count').textContent = late ? `${plural('day.calls.count', calls.length)} ${plural('day.calls.late', late)}` : plural('day.calls.count', calls.length);
  callsList.replaceChildren(...(calls.length ? calls.map(callItem) : [el('li', { class: 'empty muted' }, t('day.calls.empty'))]));
}

// ---- The "other answer" form --------------------------------------------------------------------

function yesNo(call, answer) {
  const id = `other-${call.callId}-${answer}`;
  return el(
    'fieldset',
    { id: `${id}-fieldset`, dataset: { field: answer } },
    el('legend', {}, t(`day.answer.${answer}`)),
    el(
      'div',
      { class: 'radios inline' },
      ['true', 'false'].map((value) =>
        el(
          'div',
          { class: 'radio' },
          el('input', { type: 'radio', name: answer, id: `${id}-${value}`, value, required: true }),
          el('label', { for: `${id}-${value}` }, t(value === 'true' ? 'common.yes' : 'common.no'))
        )
      )
    )
  );
}

function workshopOptions() {
  return [
    el('option', { value: '' }, t('day.answer.session.none')),
    ...(workshops || []).map((s) => el('option', { value: String(s.id) }, `${s.title} — ${sessionWhenShort(s.startsAt)}, ${s.place} (${seatsText(s)})`)),
  ];
}

function sessionWhenShort(instant) {
  return t('day.answer.session.when', { date: shortDate(parisDay(instant)), time: sessionTime(instant) });
}

function otherForm(call) {
  const prefix = `other-${call.callId}`;
  const sessionField = el(
    'div',
    { class: 'field', id: `${prefix}-session-field`, hidden: true },
    el('label', { for: `${prefix}-sessionId` }, t('day.answer.session')),
    el('span', { class: 'hint', id: `${prefix}-sessionId-hint` }, t('day.answer.session.hint')),
    el('select', { id: `${prefix}-sessionId`, name: 'sessionId', 'aria-describedby': `${prefix}-sessionId-hint` }, workshopOptions())
  );
  const form = el(
    'form',
    { id: prefix, class: 'confirm-box other-form', method: 'post', novalidate: true, 'aria-labelledby': `${prefix}-title` },
    el('h4', { id: `${prefix}-title` }, t('day.answer.heading', { name: nameOf(call) })),
    ANSWERS.map((answer) => yesNo(call, answer)),
    sessionField,
    el(
      'div',
      { class: 'field' },
      el('label', { for: `${prefix}-notes` }, t('day.answer.notes')),
      el('textarea', { id: `${prefix}-notes`, name: 'notes', rows: 2, maxlength: 1000 })
    ),
    el(
      'div',
      { class: 'actions' },
      el('button', { type: 'submit' }, t('day.answer.submit')),
      el('button', { type: 'button', class: 'secondary', onclick: () => closeOther(call) }, t('common.cancel'))
    )
  );
  form.addEventListener('change', (event) => {
    if (event.target.name === 'needsHelp') {
      sessionField.hidden = event.target.value !== 'true';
    }
  });
  handleSubmit(form, async () => {
    const answer = (name) => form.querySelector(`input[name="${name}"]:checked`).value === 'true';
    const body = { reached: true, notes: form.elements.notes.value.trim() || null };
    for (const name of ANSWERS) {
      body[name] = answer(name);
    }
    const sessionId = form.elements.sessionId.value;
    if (body.needsHelp && sessionId) {
      body.sessionId = Number(sessionId);
    }
    await logCall(call, body);
  });
  return form;
}

async function toggleOther(call) {
  const item = $(`call-${call.callId}`);
  const button = item.querySelector('.call-other');
  if ($(`other-${call.callId}`)) {
    closeOther(call);
    return;
  }
  try {
    if (workshops === null) {
      const coming = await getAll('support-sessions', { from: parisDay() });
      workshops = coming.filter((s) => s.kind === 'WORKSHOP' && !s.cancelled && s.seatsTaken < s.capacity);
    }
  } catch (error) {
    showError(error);
    return;
  }
  const form = otherForm(call);
  item.append(form);
  button.setAttribute('aria-expanded', 'true');
  form.querySelector('input').focus();
}

function closeOther(call) {
  const form = $(`other-${call.callId}`);
  if (form) {
    form.remove();
  }
  const button = document.querySelector(`#call-${call.callId} .call-other`);
  if (button) {
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  }
}

// ---- Logging a call -----------------------------------------------------------------------------

function logFine(call) {
  logCall(call, { reached: true, deviceWorks: true, stillConnected: true, usingIt: true, needsHelp: false }).catch((error) => showProblem(error));
}

function logNotReached(call) {
  logCall(call, { reached: false, deviceWorks: false, stillConnected: false, usingIt: false, needsHelp: false }).catch((error) => showProblem(error));
}

/** The plan's next call still due, the soonest first. */
function nextCall(plan) {
  return (plan.calls || []).filter((c) => c.status === 'DUE').sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0] || null;
}

/** What the status region says once a call is logged: what happens next for the household. */
function loggedText(call, body, plan) {
  const name = nameOf(call);
  const parts = [];
  if (body.reached) {
    parts.push(t('day.logged.reached', { name, milestone: call.milestone }));
  } else {
    parts.push(t('day.logged.notReached', { name, milestone: call.milestone }));
  }
  if (body.sessionId) {
    const booked = (plan.sessions || []).find((s) => s.sessionId === body.sessionId);
    if (booked) {
      parts.push(t('day.logged.booked', { title: booked.title, date: shortDate(parisDay(booked.startsAt)) }));
    }
  }
  const next = nextCall(plan);
  if (plan.status === 'CLOSED') {
    parts.push(t('day.logged.closed', { outcome: t(`followUp.outcome.${plan.outcome}`) }));
  } else if (next && next.milestone === call.milestone) {
    parts.push(t('day.logged.retry', { date: shortDate(next.dueOn), attempt: next.attempt }));
  } else if (next) {
    parts.push(t('day.logged.next', { milestone: next.milestone, date: shortDate(next.dueOn) }));
  }
  return parts.join(' ');
}

/** The keyboard goes to the call now at the same place in the list, or to the list's heading. */
function focusAfter(index) {
  const items = callsList.querySelectorAll('li.call-item');
  const target = items[Math.min(index, items.length - 1)];
  if (target) {
    target.querySelector('.call-fine').focus();
  } else {
    focusOn($('calls-title'));
  }
}

/** One call logged at a time: a second click while the first is on its way does nothing. */
let logging = false;

async function logCall(call, body) {
  if (logging) {
    return;
  }
  logging = true;
  try {
    await logOnce(call, body);
  } finally {
    logging = false;
  }
}

async function logOnce(call, body) {
  const index = calls.findIndex((c) => c.callId === call.callId);
  const plan = await saveOrReload(() => post(`support-plans/${call.planId}/calls/${call.callId}`, body), {
    type: 'call-already-logged',
    message: 'day.call.taken',
    reload: () => load(),
    focus: () => focusAfter(Math.max(0, index)),
  });
  if (plan === RELOADED) {
    return;
  }
  if (body.sessionId) {
    workshops = null; // a seat fewer
  }
  await load();
  say(loggedText(call, body, plan), 'success');
  if (plan.status === 'CLOSED' && body.reached) {
    offerAssessment(call, plan);
  } else {
    focusAfter(Math.max(0, index));
  }
}

// ---- The END self-assessment ------------------------------------------------------------------

function renderAssessment() {
  const section = $('assessment-section');
  section.hidden = !assessing;
  if (!assessing) {
    return;
  }
  $('assessment-who').textContent = t('day.assessment.who', { name: assessing.name });
  const chosen = {};
  for (const skill of SKILLS) {
    const checked = assessmentForm.querySelector(`input[name="${skill}"]:checked`);
    chosen[skill] = checked ? Number(checked.value) : null;
  }
  $('assessment-skills').replaceChildren(...SKILLS.map((skill) => skillFieldset('end', skill, chosen[skill])));
}

function offerAssessment(call, plan) {
  assessing = { planId: plan.id, name: nameOf(call) };
  $('assessment-skills').replaceChildren();
  renderAssessment();
  focusOn($('assessment-title'));
}

function closeAssessment() {
  assessing = null;
  renderAssessment();
  focusOn($('calls-title'));
}

// ---- The day's sessions -------------------------------------------------------------------------

function sessionRow(session) {
  return el(
    'tr',
    { dataset: { session: String(session.id) } },
    el('td', {}, el('time', { datetime: session.startsAt }, sessionTime(session.startsAt))),
    el(
      'td',
      {},
      el('a', { href: sessionUrl(session.id) }, session.title),
      el('br'),
      el('span', { class: 'muted' }, t(`sessions.kind.${session.kind}`), ' · ', t('day.call.with', { name: session.supportPerson }))
    ),
    el('td', {}, session.place),
    el('td', {}, session.kind === 'WORKSHOP' ? seatsText(session) : t('sessions.booked', { taken: session.seatsTaken, capacity: session.capacity }))
  );
}

// ---- Loading and wiring -------------------------------------------------------------------------

function render() {
  $('day-on').value = day;
  $('day-team').checked = team;
  const named = longDay(day);
  $('calls-title').textContent = day === parisDay() ? t('day.calls.heading.today') : t('day.calls.heading.on', { day: named });
  $('sessions-title').textContent = t('day.sessions.heading.on', { day: named });
  renderCalls();
  fillRows($('day-sessions-table').querySelector('tbody'), sessions, sessionRow, t('day.sessions.empty'));
  renderAssessment();
}

async function load() {
  setQueryParams({ on: day === parisDay() ? null : day, team: team ? 'true' : null });
  calls = null;
  render();
  const ticket = ++loads;
  const answer = await get('support-plans/day', { on: day, team: team ? 'true' : null });
  if (ticket !== loads) {
    return;
  }
  calls = answer.calls;
  sessions = answer.sessions;
  render();
}

function show(next, announce = true) {
  clearErrors(dayForm);
  day = next;
  load()
    .then(() => {
      if (announce) {
        say(t('day.shown', { day: longDay(day), count: plural('day.calls.count', calls.length) }), 'info');
      }
    })
    .catch((error) => showError(error, dayForm));
}

async function start() {
  user = await startSupportPage();
  // The coordination sees every team's calls: the toggle is a support person's.
  $('day-team-field').hidden = user.role !== 'SUPPORT';
  const params = queryParams();
  day = isDay(params.get('on')) ? params.get('on') : parisDay();
  team = params.get('team') === 'true';
  dayForm.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors(dayForm);
    if (!checkForm(dayForm)) {
      return;
    }
    team = $('day-team').checked;
    show(dayForm.elements.on.value);
  });
  $('day-team').addEventListener('change', () => {
    team = $('day-team').checked;
    show(day);
  });
  $('day-today').addEventListener('click', () => show(parisDay()));
  $('day-tomorrow').addEventListener('click', () => show(addDays(parisDay(), 1)));
  handleSubmit(assessmentForm, async () => {
    const levels = chosenLevels(assessmentForm);
    await put(`support-plans/${assessing.planId}/skills/END`, { levels });
    say(t('day.assessment.saved', { name: assessing.name }), 'success');
    closeAssessment();
  });
  $('assessment-later').addEventListener('click', closeAssessment);
  onLanguageChange(() => {
    render();
  });
  await load();
  markReady();
}

start().catch((error) => showError(error));
