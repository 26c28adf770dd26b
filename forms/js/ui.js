// Small DOM helpers shared by the pages: building elements (never from HTML strings), the polite
// status region, forms with field-level errors tied to their inputs, pagination, URL state.
import { ApiError } from './api.js';
import { t } from './i18n.js';

/** document.createElement with attributes and children; text children are never parsed as HTML. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name === 'class') {
      element.className = value;
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  }
  return element;
}

/** Text that the visual layout does not need but a screen reader does (e.g. which row a button acts on). */
export function hiddenText(text) {
  return el('span', { class: 'visually-hidden' }, text);
}

// ---- Status region -------------------------------------------------------------------------

function region() {
  return document.getElementById('status');
}

/**
 * Says something in the polite live region. message is a string or {title, detail, list};
 * kind is 'info', 'success' or 'error'.
 */
export function say(message, kind = 'info') {
  const status = region();
  if (!status) {
    return;
  }
  const parts = typeof message === 'string' ? { title: message } : message;
  const content = [];
  if (parts.title) {
    content.push(el('p', {}, kind === 'error' ? el('strong', {}, parts.title) : parts.title));
  }
  if (parts.detail) {
    content.push(el('p', {}, parts.detail));
  }
  if (parts.list && parts.list.length) {
    content.push(el('ul', {}, parts.list.map((item) => el('li', {}, item))));
  }
  status.className = `status status-${kind}`;
  // Emptied first, so that the same message said twice is announced twice.
  status.replaceChildren();
  window.requestAnimationFrame(() => status.replaceChildren(...content));
}

export function clearStatus() {
  const status = region();
  if (status) {
    status.className = 'status';
    status.replaceChildren();
  }
}

// ---- Forms ----------------------------------------------------------------------------------

function describedBy(control) {
  return (control.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
}

export function clearErrors(form) {
  for (const message of form.querySelectorAll('.field-error')) {
    for (const control of form.querySelectorAll('[aria-describedby]')) {
      const ids = describedBy(control).filter((id) => id !== message.id);
      if (ids.length) {
        control.setAttribute('aria-describedby', ids.join(' '));
      } else {
        control.removeAttribute('aria-describedby');
      }
    }
    message.remove();
  }
  for (const control of form.querySelectorAll('[aria-invalid]')) {
    control.removeAttribute('aria-invalid');
  }
}

/**
 * Shows message under the control named name; answers the control, or null if the form has none.
 * A nested field of the API ("specs.ramGb") is matched by its last name when the form is flat.
 */
export function fieldError(form, name, message) {
  let control = form.elements.namedItem(name);
  if (!control && typeof name === 'string' && name.includes('.')) {
    control = form.elements.namedItem(name.split('.').pop());
  }
  if (!control || !(control instanceof Element)) {
    return null;
  }
  const id = `${control.id || `${form.id}-${name}`}-error`;
  let paragraph = document.getElementById(id);
  if (paragraph) {
    paragraph.append(' ', message);
  } else {
    paragraph = el('p', { class: 'field-error', id }, message);
    control.insertAdjacentElement('afterend', paragraph);
    control.setAttribute('aria-describedby', [...describedBy(control), id].join(' '));
  }
  control.setAttribute('aria-invalid', 'true');
  return control;
}

/**
 * Reports a failure: title and detail in the status region, each field's message at its input.
 * A problem about no field in particular (a wrong TOTP code) can be pinned to fallbackField.
 */
export function showError(error, form = null, fallbackField = null) {
  if (!(error instanceof ApiError)) {
    console.error(error); // eslint-disable-line no-console
    error = new ApiError(0, { title: t('error.unexpected.title'), detail: t('error.unexpected.detail') });
  }
  const unplaced = [];
  let first = null;
  for (const { field, message } of error.fieldErrors) {
    const control = form ? fieldError(form, field, message) : null;
    if (control) {
      first = first || control;
    } else {
      unplaced.push(field && field !== 'body' ? t('error.field', { field, message }) : message);
    }
  }
  if (!first && form && fallbackField && error.fieldErrors.length === 0 && error.status >= 400) {
    first = fieldError(form, fallbackField, error.problem.detail || error.problem.title);
  }
  say({ title: error.problem.title, detail: error.problem.detail, list: unplaced }, 'error');
  if (first) {
    first.focus();
    if (typeof first.select === 'function' && first.type !== 'password') {
      first.select();
    }
  }
}

/**
 * The values of a form's named controls: text trimmed (passwords as typed), empty text as null,
 * checkboxes as booleans, a group of radio buttons as the value of the checked one (or null).
 */
export function values(form) {
  const result = {};
  for (const control of form.elements) {
    if (!control.name || control.disabled || ['submit', 'button', 'reset'].includes(control.type)) {
      continue;
    }
    if (control.type === 'checkbox') {
      result[control.name] = control.checked;
    } else if (control.type === 'radio') {
      if (control.checked) {
        result[control.name] = control.value;
      } else if (!(control.name in result)) {
        result[control.name] = null;
      }
    } else {
      const value = control.type === 'password' ? control.value : control.value.trim();
      result[control.name] = value === '' ? null : value;
    }
  }
  return result;
}

/**
 * Runs handler(values, submitter) on submit, once at a time; an error it throws is shown at the
 * fields and in the status region. Buttons stay enabled so keyboard focus is never lost.
 */
export function onSubmit(form, handler, { fallbackField = null } = {}) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (form.getAttribute('aria-busy') === 'true') {
      return;
    }
    clearErrors(form);
    form.setAttribute('aria-busy', 'true');
    try {
      await handler(values(form), event.submitter);
    } catch (error) {
      showError(error, form, fallbackField);
    } finally {
      form.removeAttribute('aria-busy');
    }
  });
}

/** Fills a select with options [{value, label}], keeping the current choice when still offered. */
export function fillSelect(select, options, { empty = null, keep = true } = {}) {
  const previous = keep ? select.value : '';
  const children = [];
  if (empty !== null) {
    children.push(el('option', { value: '' }, empty));
  }
  for (const option of options) {
    children.push(el('option', { value: option.value }, option.label));
  }
  select.replaceChildren(...children);
  if (previous && options.some((o) => String(o.value) === previous)) {
    select.value = previous;
  }
}

/** Groups a Base32 TOTP secret by four characters, so it can be typed without losing one's place. */
export function groupedSecret(secret) {
  return (secret || '').replace(/(.{4})/g, '$1 ').trim();
}

/** Moves keyboard focus to a heading or region that is not focusable by itself. */
export function focusOn(element) {
  if (!element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1');
  }
  element.focus();
}

/**
 * Marks the page as wired: from now on its forms are handled by scripts. Until then a data-entry
 * form posts back to the page itself (method="post"), so nothing typed ends up in a URL.
 */
export function markReady() {
  document.documentElement.dataset.ready = 'true';
}

export function confirmAction(message) {
  return window.confirm(message);
}

// ---- Lists ----------------------------------------------------------------------------------

/** Replaces a table body's rows; an empty list gets one row saying so. */
export function fillRows(tbody, items, renderRow, emptyText) {
  const columns = tbody.closest('table').querySelectorAll('thead th').length || 1;
  if (!items.length) {
    tbody.replaceChildren(el('tr', {}, el('td', { class: 'empty', colspan: columns }, emptyText)));
    return;
  }
  tbody.replaceChildren(...items.map(renderRow));
}

/**
 * Previous/next pagination under a list. The buttons are created once and only marked
 * aria-disabled, so a keyboard user who reaches the last page keeps the focus on the button.
 */
export class Pager {
  constructor(container, go) {
    this.go = go;
    this.page = { page: 0, size: 20, total: 0 };
    this.previous = el('button', { type: 'button', class: 'secondary small' });
    this.summary = el('p', {});
    this.next = el('button', { type: 'button', class: 'secondary small' });
    this.previous.addEventListener('click', () => this.move(-1));
    this.next.addEventListener('click', () => this.move(1));
    container.replaceChildren(this.previous, this.summary, this.next);
  }

  pages() {
    return Math.max(1, Math.ceil(this.page.total / this.page.size));
  }

  move(delta) {
    const target = this.page.page + delta;
    if (target >= 0 && target < this.pages()) {
      this.go(target);
    }
  }

  show(page) {
    this.page = page;
    this.render();
  }

  render() {
    const { page, size, total } = this.page;
    const from = total === 0 ? 0 : page * size + 1;
    const to = Math.min(total, (page + 1) * size);
    this.previous.textContent = t('pager.previous');
    this.next.textContent = t('pager.next');
    this.previous.setAttribute('aria-disabled', String(page <= 0));
    this.next.setAttribute('aria-disabled', String(page + 1 >= this.pages()));
    this.summary.textContent = t('pager.summary', { page: page + 1, pages: this.pages(), from, to, total });
  }
}

// ---- URL state (filters and page, so a list can be bookmarked and survives a reload) -----------

export function queryParams() {
  return new URLSearchParams(window.location.search);
}

export function setQueryParams(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '' && !(name === 'page' && Number(value) === 0)) {
      search.set(name, value);
    }
  }
  const query = search.toString();
  window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
}

/** Puts the URL's values into the form's controls of the same name. */
export function fillFormFromQuery(form, params = queryParams()) {
  for (const control of form.elements) {
    if (control.name && params.has(control.name)) {
      control.value = params.get(control.name);
    }
  }
}

/** What saveOrReload answers when someone else saved first and the page shows their values. */
export const RELOADED = Symbol('reloaded');

/**
 * The one way a page saves with a version. Runs save() and answers what it answered; when someone
 * else saved first (409 of the given problem type, stale-version unless told), reload() fetches and
 * shows what is stored now, the status region says so (message key, common.staleReloaded unless
 * told) and focus() puts the keyboard back where to start again; it answers RELOADED then. With
 * ask: {label, done}, the typed values stay: the message carries a button (label) that reloads,
 * says done and calls focus(). Any other error is thrown on.
 */
export async function saveOrReload(save, { reload, focus = () => {}, message = 'common.staleReloaded', type = 'stale-version', ask = null }) {
  try {
    return await save();
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 409 && error.type.endsWith(`/${type}`))) {
      throw error;
    }
    if (ask) {
      const button = el(
        'button',
        {
          type: 'button',
          class: 'secondary small',
          onclick: async () => {
            try {
              await reload();
              say(ask.done, 'info');
              focus();
            } catch (failure) {
              showError(failure);
            }
          },
        },
        ask.label
      );
      say({ title: error.problem.title, detail: [error.problem.detail, ' ', button] }, 'error');
    } else {
      await reload();
      say({ title: error.problem.title, detail: t(message) }, 'error');
      focus();
    }
    return RELOADED;
  }
}

/**
 * Puts a copy of the fields of <template id="templateId"> into form, before its actions: one
 * template serves a create form and an edit form with the same fields. The copy's ids, and the
 * label for and aria-describedby that name them, take the prefix (prefix-name), so each form keeps
 * its own.
 */
export function fieldsFrom(templateId, prefix, form) {
  const copy = document.getElementById(templateId).content.cloneNode(true);
  const prefixed = (ids) => ids.split(/\s+/).map((id) => `${prefix}-${id}`).join(' ');
  for (const element of copy.querySelectorAll('[id]')) {
    element.id = prefixed(element.id);
  }
  for (const element of copy.querySelectorAll('label[for]')) {
    element.htmlFor = prefixed(element.htmlFor);
  }
  for (const element of copy.querySelectorAll('[aria-describedby]')) {
    element.setAttribute('aria-describedby', prefixed(element.getAttribute('aria-describedby')));
  }
  form.insertBefore(copy, form.querySelector(':scope > .actions'));
}
