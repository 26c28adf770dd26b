// The commune picker: a text field people type a commune's name or postcode into ("montr",
// "93100"), with the official communes PackNum ships as suggestions — name, postcode, département
// — in an ARIA combobox (WAI-ARIA Authoring Practices, "list autocomplete"): Down and Up move in
// the list, Enter chooses, Escape closes; screen readers hear the number of suggestions and the
// one active. The field shows "Montreuil (93100)" and keeps the INSEE code (93048) for the form;
// a five-character code typed as such is taken as it is (the server checks every code).
import { get } from './api.js';
import { t } from './i18n.js';
import { el } from './ui.js';

const INSEE = /^(?:[0-9]{2}|2[AB])[0-9]{3}$/i;
const DELAY_MS = 150;

/** Makes the text input a commune picker; answers {code(), set(code, label)}. */
export function communePicker(input) {
  const listId = `${input.id}-list`;
  const list = el('ul', { id: listId, role: 'listbox', class: 'combobox-list', hidden: true });
  list.setAttribute('aria-label', t('commune.suggestions'));
  const live = el('p', { class: 'visually-hidden', 'aria-live': 'polite', id: `${input.id}-live` });
  const chosen = el('p', { class: 'hint commune-chosen', id: `${input.id}-chosen` });
  input.insertAdjacentElement('afterend', chosen);
  input.insertAdjacentElement('afterend', live);
  input.insertAdjacentElement('afterend', list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listId);
  input.removeAttribute('pattern');
  input.removeAttribute('maxlength');
  input.setAttribute('maxlength', '80');
  input.removeAttribute('autocapitalize');
  input.classList.remove('short');

  let suggestions = [];
  let active = -1;
  let timer = null;
  let asked = 0;

  function code() {
    if (!input.value.trim()) {
      return '';
    }
    if (input.dataset.code) {
      return input.dataset.code;
    }
    const typed = input.value.trim();
    return INSEE.test(typed) ? typed.toUpperCase() : '';
  }

  function validate() {
    const typed = input.value.trim();
    input.setCustomValidity(typed && !code() ? t('commune.choose') : '');
  }

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function describe(commune) {
    const departement = commune.departement ? `${commune.departement.name} (${commune.departement.code})` : '';
    return [commune.label, departement].filter(Boolean).join(' — ');
  }

  function choose(commune) {
    input.value = commune.label;
    input.dataset.code = commune.code;
    chosen.textContent = t('commune.chosen', { code: commune.code, departement: commune.departement ? commune.departement.name : '' });
    validate();
    close();
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  function highlight(index) {
    active = index;
    [...list.children].forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', list.children[index].id);
      list.children[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function render() {
    list.setAttribute('aria-label', t('commune.suggestions'));
    list.replaceChildren(
      ...suggestions.map((commune, i) => {
        const option = el('li', { id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false', dataset: { code: commune.code } }, describe(commune));
        option.addEventListener('mousedown', (event) => {
          event.preventDefault(); // keep the focus in the field
          choose(commune);
        });
        return option;
      })
    );
    const open = suggestions.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    live.textContent = open ? t('commune.count', { count: suggestions.length }) : t('commune.none');
    highlight(-1);
  }

  async function lookUp() {
    const typed = input.value.trim();
    if (typed.length < 2) {
      suggestions = [];
      close();
      return;
    }
    const mine = ++asked;
    try {
      const found = await get('communes', { q: typed, limit: 8 });
      if (mine === asked) {
        suggestions = found;
        render();
      }
    } catch {
      suggestions = []; // the field still takes a code; the server will say what is wrong
      close();
    }
  }

  input.addEventListener('input', () => {
    delete input.dataset.code;
    chosen.textContent = '';
    validate();
    clearTimeout(timer);
    timer = setTimeout(lookUp, DELAY_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.hidden) {
        if (suggestions.length) {
          list.hidden = false;
          input.setAttribute('aria-expanded', 'true');
        } else {
          return;
        }
      }
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      highlight((active + step + suggestions.length) % suggestions.length);
    } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
      event.preventDefault();
      choose(suggestions[active]);
    } else if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));

  return {
    code,
    /** Shows a commune already chosen: its name, its code kept. */
    set(value, label) {
      input.value = value ? label || value : '';
      if (value) {
        input.dataset.code = value;
        chosen.textContent = t('commune.chosen.code', { code: value });
      } else {
        delete input.dataset.code;
        chosen.textContent = '';
      }
      validate();
    },
    validate,
  };
}
