// Language of the UI: French first, English on request, remembered in localStorage.
// Static text carries data-i18n="key" (text) or data-i18n-attr="attr:key;attr:key" (attributes);
// text built by scripts calls t() and re-renders through onLanguageChange().
import * as accounts from './messages/accounts.js';
import * as connectivity from './messages/connectivity.js';
import * as households from './messages/households.js';
import * as matching from './messages/matching.js';
import * as platform from './messages/platform.js';
import * as reporting from './messages/reporting.js';
import * as support from './messages/support.js';
import * as territory from './messages/territory.js';
import * as workshop from './messages/workshop.js';

// One bundle per component, as on the server; a key belongs to one bundle only (MessageBundlesTest).
const BUNDLES = [platform, territory, accounts, workshop, households, matching, connectivity, support, reporting];
const messages = {
  fr: Object.assign({}, ...BUNDLES.map((bundle) => bundle.fr)),
  en: Object.assign({}, ...BUNDLES.map((bundle) => bundle.en)),
};

const STORAGE_KEY = 'packnum.lang';
const LANGUAGES = ['fr', 'en'];
const listeners = new Set();

function stored() {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled: stay in French
  }
}

/** The current language: 'fr' or 'en'. */
export function lang() {
  const value = stored();
  return LANGUAGES.includes(value) ? value : 'fr';
}

/** The text for key in the current language, with {name} placeholders filled from params. */
export function t(key, params = {}) {
  const text = messages[lang()][key] ?? messages.fr[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (params[name] ?? whole).toString());
}

/** Whether the dictionary knows key (for labels of enum values the UI may not know yet). */
export function has(key) {
  return key in messages.fr;
}

/** Label of an enum value, e.g. label('role', 'ADMIN'); falls back to the raw value. */
export function label(group, value) {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  const key = `${group}.${value}`;
  return has(key) ? t(key) : String(value);
}

export function applyTranslations(root = document) {
  document.documentElement.lang = lang();
  for (const element of root.querySelectorAll('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n);
  }
  for (const element of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of element.dataset.i18nAttr.split(';')) {
      const [attribute, key] = pair.split(':').map((s) => s.trim());
      if (attribute && key) {
        element.setAttribute(attribute, t(key));
      }
    }
  }
  for (const button of document.querySelectorAll('[data-lang-switch]')) {
    // The button names the other language, in that language.
    const other = lang() === 'fr' ? 'en' : 'fr';
    button.textContent = t(`lang.switch.${other}`);
    button.setAttribute('lang', other);
    button.setAttribute('aria-label', t(`lang.switch.${other}.label`));
  }
}

export function setLang(value) {
  if (!LANGUAGES.includes(value)) {
    return;
  }
  try {
    window.localStorage.setItem(STORAGE_KEY, value);
  } catch {
    // storage disabled: the switch lasts for this page only
  }
  applyTranslations();
  for (const listener of listeners) {
    listener(value);
  }
}

/** Calls listener after each language switch (to re-render text built by scripts). */
export function onLanguageChange(listener) {
  listeners.add(listener);
}

let initialised = false;

/** Wires every [data-lang-switch] button and translates the page (once; later calls do nothing). */
export function initLanguage() {
  if (initialised) {
    return;
  }
  initialised = true;
  applyTranslations();
  for (const button of document.querySelectorAll('[data-lang-switch]')) {
    button.addEventListener('click', () => setLang(lang() === 'fr' ? 'en' : 'fr'));
  }
}

function locale() {
  return lang() === 'en' ? 'en-GB' : 'fr-FR';
}

/**
 * The API counts calendar days in France's mainland time (the server's FrenchCalendar), wherever
 * the browser is: a default "today" taken from the browser's own zone is another day for an hour or
 * two each night, and the server would read it as yesterday or refuse it as tomorrow.
 */
export const ZONE = 'Europe/Paris';

/** The day (yyyy-MM-dd) of an instant in France; today when none is given. */
export function parisDay(instant = new Date()) {
  // en-CA writes dates as yyyy-MM-dd.
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}

/** A date and time from the API (ISO 8601 instant) in France's time, in the reader's language. */
export function formatDateTime(iso) {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return String(iso);
  }
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'short', timeStyle: 'short', timeZone: ZONE }).format(date);
}

/** Chooses key.one or key.other by the language's plural rules, and fills {count}. */
export function plural(key, count) {
  const form = count === 0 ? 'zero' : new Intl.PluralRules(locale()).select(count);
  const chosen = has(`${key}.${form}`) ? `${key}.${form}` : `${key}.other`;
  return t(chosen, { count: formatNumber(count) });
}

export function formatNumber(value) {
  return new Intl.NumberFormat(locale()).format(value);
}

/** A calendar date from the API (yyyy-MM-dd), written the reader's way; no time zone shift. */
export function formatDate(isoDate) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate || '');
  if (!match) {
    return isoDate ? String(isoDate) : '';
  }
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(date);
}
