// Charts of the dashboards, drawn by Apache ECharts served from the WAR (the WebJar's
// /webjars/echarts/…, never a CDN). A chart is a picture for sighted readers: its container is
// aria-hidden and the page puts the same figures in a table right after it. Canvas rendering and
// tooltips drawn on the canvas keep to the Content-Security-Policy (no inline style attribute).
import * as echarts from '../webjars/echarts/5.3.1/dist/echarts.esm.min.js';
import { formatNumber, t } from './i18n.js';
import { el, fillRows } from './ui.js';

/** The site's colours (packnum.css), distinct enough side by side. */
const COLOURS = ['#123c69', '#2e7d5b', '#b35c00', '#6b4c9a', '#a4161a', '#4a5260'];

const observed = new WeakSet();

/**
 * Draws bars in container: categories along the axis, one or more series [{name, data}], stacked
 * or side by side, horizontal for long category names. Drawing again replaces the chart.
 */
export function barChart(container, { categories, series, stacked = false, horizontal = false, format = formatNumber }) {
  const chart = echarts.getInstanceByDom(container) || echarts.init(container, null, { renderer: 'canvas' });
  const category = { type: 'category', data: categories, axisLabel: { interval: 0, hideOverlap: true } };
  const value = { type: 'value', minInterval: 1 };
  chart.setOption(
    {
      animation: false,
      color: COLOURS,
      textStyle: { fontFamily: 'system-ui, sans-serif', color: '#1b1f24' },
      grid: { left: 16, right: 16, top: series.length > 1 ? 40 : 16, bottom: 8, containLabel: true },
      legend: series.length > 1 ? { top: 0 } : { show: false },
      tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: (v) => format(v) },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? { ...category, inverse: true } : value,
      // a bar no wider than a finger, however few the categories
      series: series.map((s) => ({ type: 'bar', name: s.name, data: s.data, barMaxWidth: 48, stack: stacked ? 'all' : undefined })),
    },
    { notMerge: true }
  );
  if (!observed.has(container) && 'ResizeObserver' in window) {
    observed.add(container);
    new ResizeObserver(() => chart.resize()).observe(container);
  }
  return chart;
}

/**
 * A chart and its text alternative, built once in container (an empty element with an id) and
 * refreshed by each call (after a language switch, another period…): a figure holding the
 * aria-hidden chart and a visually hidden caption that names it, then a table of the same figures
 * with its caption, in a focusable region named by that caption (a wide table scrolls with the
 * keyboard). Ids: `${id}-chart`, `${id}-table`, `${id}-caption`.
 *
 * title: what the figures are (the table's caption); header: the first column's heading; labels:
 * the rows' names; axisLabels: shorter names for the chart's axis (labels by default); rowData: a
 * dataset per row (data-month="2025-03"…); series: [{name, data}], a column and a colour each;
 * total: a last column summing the series; unit: written after each figure ("kg", "€"…);
 * stacked, horizontal: as barChart; tableHidden: the table for screen readers only.
 */
export function chartWithTable(
  container,
  { title, header, labels, axisLabels = labels, rowData = [], series, total = false, unit = '', stacked = false, horizontal = false, tableHidden = false }
) {
  const id = container.id;
  if (!container.querySelector('table')) {
    container.classList.add('chart-with-table');
    container.replaceChildren(
      el(
        'figure',
        { class: 'chart-figure' },
        el('div', { id: `${id}-chart`, class: 'chart', 'aria-hidden': 'true' }),
        el('figcaption', { class: 'visually-hidden' })
      ),
      el(
        'div',
        { class: 'table-wrap', role: 'region', 'aria-labelledby': `${id}-caption`, tabindex: '0' },
        el('table', { id: `${id}-table` }, el('caption', { id: `${id}-caption` }), el('thead'), el('tbody'))
      )
    );
  }
  const figure = (n) => (unit ? t('chart.value', { value: formatNumber(n), unit }) : formatNumber(n));
  container.querySelector('figcaption').textContent = t('chart.figure', { title });
  const wrap = container.querySelector('.table-wrap');
  wrap.classList.toggle('visually-hidden', tableHidden);
  // a region only a screen reader reads is not a stop for the keyboard
  if (tableHidden) {
    wrap.removeAttribute('tabindex');
  } else {
    wrap.setAttribute('tabindex', '0');
  }
  const table = container.querySelector('table');
  table.querySelector('caption').textContent = title;
  const columns = [...series.map((s) => s.name), ...(total ? [t('chart.total')] : [])];
  table
    .querySelector('thead')
    .replaceChildren(
      el('tr', {}, el('th', { scope: 'col' }, header), columns.map((name) => el('th', { scope: 'col', class: 'number' }, name)))
    );
  const rows = labels.map((name, i) => {
    const values = series.map((s) => s.data[i]);
    if (total) {
      values.push(values.reduce((sum, v) => sum + (Number(v) || 0), 0));
    }
    return { name, values, dataset: rowData[i] || {} };
  });
  fillRows(
    table.querySelector('tbody'),
    rows,
    (row) =>
      el(
        'tr',
        { dataset: row.dataset },
        el('th', { scope: 'row' }, row.name),
        row.values.map((v) => el('td', { class: 'number' }, figure(v)))
      ),
    t('chart.empty')
  );
  barChart(document.getElementById(`${id}-chart`), { categories: axisLabels, series, stacked, horizontal, format: figure });
}
