// What the households pages share (households, pack requests, the coordinators' eligibility
// queue and rules): the sign-in guard and header, the closed lists with their labels, links
// between the pages, status and outcome badges, and forms checked twice — by the browser's own
// constraints before sending (required, pattern, min/max), then by the server, whose field
// errors ("situations[0].proofDate") are shown at the field they name.
import { ApiError, get } from './api.js';
import { formatDate, initLanguage, label, plural, t } from './i18n.js';
import { initChrome } from './layout.js';
import { pageUrl, requireUser } from './session.js';
import { clearErrors, el, focusOn, say, showError } from './ui.js';

export const HOUSEHOLD_ROLES = ['SOCIAL_WORKER', 'COORDINATOR'];

// The closed lists, in the server's order, served by GET /api/households/vocabulary when a page
// starts (filled in place, so that the pages' imports see them); labels stay in the messages.
export const SITUATIONS = [];
export const NEEDS = [];
export const CONNECTIVITIES = [];
export const DEVICES = [];
export const FEATURES = [];
export const URGENCIES = [];
export const REQUEST_STATUSES = [];
export const DECISIONS = ['ELIGIBLE', 'REJECTED'];

/** [{value, label}] of a closed list, labelled through the messages group.value. */
export function options(group, list) {
  return list.map((value) => ({ value, label: label(group, value) }));
}

/** Guards a households page (roles: who may open it) and wires its header; answers the user. */
export async function startHouseholdsPage(roles = HOUSEHOLD_ROLES) {
  initLanguage(); // before the session round trip, so the page never shows in the wrong language
  const user = await requireUser(roles);
  initChrome(user);
  await loadVocabulary();
  return user;
}

async function loadVocabulary() {
  const vocabulary = await get('households/vocabulary');
  const lists = [
    [SITUATIONS, vocabulary.situations],
    [NEEDS, vocabulary.needs],
    [CONNECTIVITIES, vocabulary.connectivities],
    [DEVICES, vocabulary.devices],
    [FEATURES, vocabulary.features],
    [URGENCIES, vocabulary.urgencies],
    [REQUEST_STATUSES, vocabulary.requestStatuses],
  ];
  for (const [list, values] of lists) {
    list.splice(0, list.length, ...values);
  }
}

export function householdUrl(id) {
  return `${pageUrl('households/household.html')}?id=${encodeURIComponent(id)}`;
}

export function newHouseholdUrl() {
  return pageUrl('households/household.html');
}

export function requestUrl(id) {
  return `${pageUrl('households/request.html')}?id=${encodeURIComponent(id)}`;
}

export function newRequestUrl(householdId) {
  return `${pageUrl('households/request.html')}?household=${encodeURIComponent(householdId)}`;
}

/** Whole days since an instant of the API ("waiting for 3 days"), never negative. */
export function daysSince(iso) {
  const then = new Date(iso || '');
  if (Number.isNaN(then.getTime())) {
    return null;
  }
  return Math.max(0, Math.floor((Date.now() - then.getTime()) / 86400000));
}

export function days(count) {
  return plural('households.days', count);
}

/** A number typed in a form (text), or null when left blank. */
export function number(value) {
  return value === null || value === undefined || value === '' ? null : Number(value);
}

export function none() {
  return el('span', { class: 'muted' }, t('common.none'));
}

export function requestStatusBadge(status) {
  return el(
    'span',
    { class: `badge status-badge request-status-${String(status).toLowerCase()}`, dataset: { status } },
    label('requestStatus', status)
  );
}

/** The eligibility assessment's outcome (ELIGIBLE, NEEDS_REVIEW, NOT_ELIGIBLE) or a decision's. */
export function outcomeBadge(outcome, group = 'outcome') {
  if (!outcome) {
    return none();
  }
  return el(
    'span',
    { class: `badge status-badge outcome-${String(outcome).toLowerCase()}`, dataset: { outcome } },
    label(group, outcome)
  );
}

/** Offers a document fetched by script (an object URL) for download under its name. */
export function saveDocument(blob, filename) {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: filename || 'document', hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60000);
}

/** A group of radio buttons (name), one per value, in a .radios container. */
export function radios(container, name, choices, { checked = null, required = false } = {}) {
  container.replaceChildren(
    ...choices.map((choice) =>
      el(
        'div',
        { class: 'radio' },
        el('input', {
          type: 'radio',
          name,
          id: `${container.id}-${choice.value}`,
          value: choice.value,
          checked: choice.value === checked,
          required,
        }),
        el('label', { for: `${container.id}-${choice.value}` }, choice.label)
      )
    )
  );
}

/** A group of checkboxes, one per value, each named prefix-VALUE (read back with ticked()). */
export function checkboxes(container, prefix, choices, ticked = []) {
  container.replaceChildren(
    ...choices.map((choice) =>
      el(
        'div',
        { class: 'checkbox' },
        el('input', {
          type: 'checkbox',
          name: `${prefix}-${choice.value}`,
          id: `${container.id}-${choice.value}`,
          value: choice.value,
          dataset: { choice: choice.value },
          checked: ticked.includes(choice.value),
        }),
        el('label', { for: `${container.id}-${choice.value}` }, choice.label)
      )
    )
  );
}

/** The values of the ticked boxes of a container filled by checkboxes(). */
export function ticked(container) {
  return Array.from(container.querySelectorAll('input[type=checkbox]:checked'), (box) => box.value);
}

/** The value of the checked radio button of a group, or null. */
export function chosen(form, name) {
  const checked = Array.from(form.querySelectorAll(`input[type=radio]`)).find((r) => r.name === name && r.checked);
  return checked ? checked.value : null;
}

// ---- Field errors ---------------------------------------------------------------------------------

/**
 * The API names a list element's field "situations[0].proofDate"; Bean Validation paths may also
 * come as "situations.proofDate[0]" (the index carried by the element's property). Both are
 * looked up, then the field's parents ("situations[0]", "situations").
 */
function candidates(field) {
  const names = [field];
  const moved = /^(.*?)([A-Za-z_$][\w$]*)\.([A-Za-z_$][\w$]*)\[(\d+)\](.*)$/.exec(field);
  if (moved) {
    names.push(`${moved[1]}${moved[2]}[${moved[4]}].${moved[3]}${moved[5]}`);
  }
  for (const name of [...names]) {
    let parent = name;
    while (/[.[]/.test(parent)) {
      parent = parent.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
      if (!parent || names.includes(parent)) {
        break;
      }
      names.push(parent);
    }
  }
  return names;
}

/** The element a field's message belongs to: [data-field=name] (a group) or the named control. */
function controlFor(form, field) {
  for (const name of candidates(field)) {
    const group = Array.from(form.querySelectorAll('[data-field]')).find((e) => e.dataset.field === name);
    if (group && !group.closest('[hidden]')) {
      return group;
    }
    const control = form.elements.namedItem(name);
    if (control instanceof Element && control.type !== 'hidden' && !control.closest('[hidden]')) {
      return control;
    }
  }
  return null;
}

function describedBy(element) {
  return (element.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
}

/**
 * Shows message at the field (the message tied to the control by aria-describedby); answers the
 * element to focus, or null when the form has no such field.
 */
export function placeError(form, field, message) {
  const target = controlFor(form, field);
  if (!target) {
    return null;
  }
  const id = `${target.id || `${form.id}-${field.replace(/[^\w-]/g, '-')}`}-error`;
  let paragraph = document.getElementById(id);
  if (paragraph) {
    if (!paragraph.textContent.includes(message)) {
      paragraph.append(' ', message);
    }
  } else {
    paragraph = el('p', { class: 'field-error', id }, message);
    if (target.tagName === 'FIELDSET') {
      const legend = target.querySelector(':scope > legend');
      const hint = target.querySelector(':scope > .hint');
      (hint || legend || target).insertAdjacentElement(hint || legend ? 'afterend' : 'afterbegin', paragraph);
    } else if (target.type === 'checkbox' || target.type === 'radio') {
      target.parentElement.insertAdjacentElement('afterend', paragraph);
    } else {
      target.insertAdjacentElement('afterend', paragraph);
    }
    target.setAttribute('aria-describedby', [...describedBy(target), id].join(' '));
  }
  if (target.tagName !== 'FIELDSET') {
    target.setAttribute('aria-invalid', 'true');
    return target;
  }
  return target.querySelector('input, select, textarea') || target;
}

function focusField(control) {
  if (control.matches('input, select, textarea, button')) {
    control.focus();
  } else {
    focusOn(control);
  }
}

/** The message for a control the browser finds invalid, in the UI's language. */
function invalidMessage(control) {
  const v = control.validity;
  if (v.valueMissing) {
    if (control.type === 'radio') {
      return t('validation.choose');
    }
    return t(control.type === 'checkbox' ? 'validation.tick' : 'validation.required');
  }
  if (v.badInput) {
    return t(control.type === 'date' ? 'validation.date' : 'validation.number');
  }
  if (v.patternMismatch) {
    return t(control.dataset.invalid || 'validation.pattern');
  }
  if (v.typeMismatch) {
    return t(control.type === 'email' ? 'validation.email' : 'validation.pattern');
  }
  if (v.rangeUnderflow) {
    return control.type === 'date' ? t('validation.date.min', { min: formatDate(control.min) }) : t('validation.min', { min: control.min });
  }
  if (v.rangeOverflow) {
    if (control.dataset.tooHigh) {
      return t(control.dataset.tooHigh, { max: control.max });
    }
    return control.type === 'date' ? t('validation.date.max', { max: formatDate(control.max) }) : t('validation.max', { max: control.max });
  }
  if (v.stepMismatch) {
    return t(control.step === '1' || !control.step ? 'validation.integer' : 'validation.step');
  }
  if (v.customError) {
    return control.validationMessage;
  }
  if (v.tooLong || v.tooShort) {
    return t('validation.length', { min: control.minLength > 0 ? control.minLength : 0, max: control.maxLength });
  }
  return control.validationMessage;
}

/**
 * A date out of its field's min/max is left for the server to judge: the date picker greys what
 * is out of range, but "not in the future" is decided by the server's calendar, not the browser's
 * clock and time zone.
 */
function serverJudges(control) {
  const v = control.validity;
  return control.type === 'date' && (v.rangeOverflow || v.rangeUnderflow) && !v.badInput && !v.valueMissing;
}

/**
 * Checks the form's visible controls against their HTML constraints (the form is novalidate, so
 * the browser shows nothing by itself): each problem is said at its field, the status region
 * says the form is incomplete and the first field takes the focus. Answers whether all is well.
 */
export function checkForm(form) {
  let first = null;
  const seen = new Set();
  let count = 0;
  for (const control of form.elements) {
    if (!control.willValidate || control.closest('[hidden]') || control.checkValidity() || serverJudges(control)) {
      continue;
    }
    const key = control.type === 'radio' ? `radio:${control.name}` : control;
    if (seen.has(key)) {
      continue;
    }
    seen.add(key);
    const placed = placeError(form, control.name, invalidMessage(control));
    count += 1;
    first = first || placed;
  }
  if (!count) {
    return true;
  }
  say({ title: t('validation.title'), detail: plural('validation.count', count) }, 'error');
  if (first) {
    focusField(first);
  }
  return false;
}

/**
 * Reports a refusal of the API: each field's message at its field (nested names included), the
 * title and detail — and the messages no field of the form takes — in the status region.
 */
export function showProblem(error, form = null) {
  if (!(error instanceof ApiError)) {
    showError(error);
    return;
  }
  const unplaced = [];
  let first = null;
  for (const { field, message } of error.fieldErrors) {
    const control = form && field ? placeError(form, field, message) : null;
    if (control) {
      first = first || control;
    } else {
      unplaced.push(message);
    }
  }
  say({ title: error.problem.title, detail: error.problem.detail, list: unplaced }, 'error');
  if (first) {
    focusField(first);
  } else if (error.status === 409 || error.status === 403 || error.status === 404) {
    // A refusal about the whole record (consent missing, quota reached): read it first.
    focusOn(document.getElementById('status'));
  }
}

/**
 * Runs handler(submitter) on submit once at a time, after the browser-side check; an error it
 * throws is shown at the fields and in the status region.
 */
export function handleSubmit(form, handler) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (form.getAttribute('aria-busy') === 'true') {
      return;
    }
    clearErrors(form);
    if (!checkForm(form)) {
      return;
    }
    form.setAttribute('aria-busy', 'true');
    try {
      await handler(event.submitter);
    } catch (error) {
      showProblem(error, form);
    } finally {
      form.removeAttribute('aria-busy');
    }
  });
}
