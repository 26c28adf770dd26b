// What the reporting pages share: months and days written the reader's way, and a table row of
// figures (the text alternative of a chart).
import { formatDate, formatNumber, lang } from './i18n.js';
import { el } from './ui.js';

/** "2025-03" as "mars 2025" or "March 2025". */
export function formatMonth(month) {
  const [year, number] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(lang() === 'en' ? 'en-GB' : 'fr-FR', { month: 'long', year: 'numeric' }).format(
    new Date(year, number - 1, 1)
  );
}

/** "2025-03" as "mars 25", short enough for a chart's axis. */
export function shortMonth(month) {
  const [year, number] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(lang() === 'en' ? 'en-GB' : 'fr-FR', { month: 'short', year: '2-digit' }).format(
    new Date(year, number - 1, 1)
  );
}

export { formatDate };

/** A row: a header cell naming the line, then numbers aligned right. */
export function figuresRow(name, numbers, dataset = {}) {
  return el(
    'tr',
    { dataset },
    el('th', { scope: 'row' }, name),
    numbers.map((n) => el('td', { class: 'number' }, typeof n === 'number' ? formatNumber(n) : n))
  );
}
