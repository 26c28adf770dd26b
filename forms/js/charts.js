// Charts of the dashboards, drawn by Apache ECharts served from the WAR (the WebJar's
// /webjars/echarts/…, never a CDN). A chart is a picture for sighted readers: its container is
// aria-hidden and the page puts the same figures in a table right after it. Canvas rendering and
// tooltips drawn on the canvas keep to the Content-Security-Policy (no inline style attribute).
import * as echarts from '../webjars/echarts/5.3.1/dist/echarts.esm.min.js';

/** The site's colours (packnum.css), distinct enough side by side. */
const COLOURS = ['#123c69', '#2e7d5b', '#b35c00', '#6b4c9a', '#a4161a', '#4a5260'];

const observed = new WeakSet();

/**
 * Draws bars in container: categories along the axis, one or more series [{name, data}], stacked
 * or side by side, horizontal for long category names. Drawing again replaces the chart.
 */
export function barChart(container, { categories, series, stacked = false, horizontal = false }) {
  const chart = echarts.getInstanceByDom(container) || echarts.init(container, null, { renderer: 'canvas' });
  const category = { type: 'category', data: categories, axisLabel: { interval: 0, hideOverlap: true } };
  const value = { type: 'value', minInterval: 1 };
  chart.setOption(
    {
      animation: false,
      color: COLOURS,
      textStyle: { fontFamily: 'system-ui, sans-serif', color: '#1b1f24' },
      grid: { left: 8, right: 16, top: series.length > 1 ? 40 : 16, bottom: 8, containLabel: true },
      legend: series.length > 1 ? { top: 0 } : { show: false },
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? { ...category, inverse: true } : value,
      series: series.map((s) => ({ type: 'bar', name: s.name, data: s.data, stack: stacked ? 'all' : undefined })),
    },
    { notMerge: true }
  );
  if (!observed.has(container) && 'ResizeObserver' in window) {
    observed.add(container);
    new ResizeObserver(() => chart.resize()).observe(container);
  }
  return chart;
}
