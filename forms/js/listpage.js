// A paginated, filterable list: the filter form's values and the page number live in the URL
// (a list can be bookmarked and survives a reload); rows re-render when the language changes.
import { get } from './api.js';
import { onLanguageChange, plural, t } from './i18n.js';
import { fillFormFromQuery, fillRows, Pager, queryParams, say, setQueryParams, showError, values } from './ui.js';

const PAGE_SIZE = 20;

/**
 * options: filterForm, table (its tbody is filled), pager (container), path (API list),
 * renderRow(item) → <tr>, emptyKey, countKey (plural key), extraParams() → more URL parameters,
 * fixed → API parameters that are not in the form (e.g. the donation whose devices are listed),
 * syncUrl → false for a second list on a page, whose state then stays out of the URL.
 */
export function listPage({
  filterForm,
  table,
  pager,
  path,
  renderRow,
  emptyKey,
  countKey,
  extraParams = () => ({}),
  fixed = {},
  syncUrl = true,
  pageSize = PAGE_SIZE,
}) {
  const tbody = table.querySelector('tbody');
  const state = {
    page: syncUrl ? Math.max(0, Number.parseInt(queryParams().get('page'), 10) || 0) : 0,
    answer: null,
  };
  const paging = new Pager(pager, (page) => load(page, true).catch((error) => showError(error)));
  if (syncUrl) {
    fillFormFromQuery(filterForm);
  }

  function remember(filters, page) {
    if (syncUrl) {
      setQueryParams({ ...filters, page, ...extraParams() });
    }
  }

  function render() {
    if (!state.answer) {
      return;
    }
    fillRows(tbody, state.answer.items, renderRow, t(emptyKey));
    paging.show(state.answer);
  }

  async function load(page = state.page, announce = false) {
    const filters = values(filterForm);
    table.setAttribute('aria-busy', 'true');
    try {
      let answer = await get(path, { ...fixed, ...filters, page, size: pageSize });
      if (answer.items.length === 0 && page > 0 && answer.total > 0) {
        // The page asked for is past the end (the list shrank): show the last one.
        page = Math.floor((answer.total - 1) / pageSize);
        answer = await get(path, { ...fixed, ...filters, page, size: pageSize });
      }
      state.page = page;
      state.answer = answer;
      remember(filters, page);
      render();
      if (announce) {
        say(plural(countKey, answer.total), 'info');
      }
      return answer;
    } finally {
      table.removeAttribute('aria-busy');
    }
  }

  filterForm.addEventListener('submit', (event) => {
    event.preventDefault();
    load(0, true).catch((error) => showError(error, filterForm));
  });
  filterForm.addEventListener('reset', () => {
    // The reset event fires before the controls are emptied.
    window.setTimeout(() => load(0, true).catch((error) => showError(error, filterForm)), 0);
  });
  onLanguageChange(render);

  return {
    load,
    render,
    /** Reloads the page on show, keeping filters (after a change made elsewhere on the page). */
    refresh: () => load(state.page, false),
    updateUrl: () => remember(values(filterForm), state.page),
  };
}
