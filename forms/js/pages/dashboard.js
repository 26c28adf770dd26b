// "Tableau de bord": the coordination's view of the programme today — the workshop's stock by status
// and age, the queue, packs handed over per month, hand-overs to come and follow-up outcomes. Each
// chart is aria-hidden and followed by the table of its figures.
import { get } from '../api.js';
import { barChart } from '../charts.js';
import { formatDateTime, formatNumber, label, onLanguageChange, plural, t } from '../i18n.js';
import { initChrome } from '../layout.js';
import { figuresRow, formatDate, formatMonth, shortMonth } from '../reporting.js';
import { requireUser } from '../session.js';
import { fillRows, markReady, showError } from '../ui.js';

const $ = (id) => document.getElementById(id);
const body = (id) => $(id).querySelector('tbody');

let figures;
let readAt;

function followUpName(line) {
  return line.outcome ? label('followUp.outcome', line.outcome) : t(`dashboard.followUp.${line.status}`);
}

function render() {
  $('dashboard-updated').textContent = t('dashboard.updated', { at: formatDateTime(readAt) });
  $('queue-eligible').textContent = formatNumber(figures.eligibleRequests);
  $('queue-oldest').textContent =
    figures.oldestWaitDays === undefined ? t('dashboard.queue.none') : plural('dashboard.queue.days', figures.oldestWaitDays);

  const bands = ['under30', 'from30To90', 'over90'];
  fillRows(
    body('stock-table'),
    figures.stock,
    (line) => figuresRow(label('status', line.status), [...bands.map((b) => line[b]), line.total], { status: line.status }),
    t('dashboard.empty')
  );
  barChart($('stock-chart'), {
    categories: figures.stock.map((line) => label('status', line.status)),
    series: bands.map((band) => ({ name: t(`dashboard.col.${band}`), data: figures.stock.map((line) => line[band]) })),
    stacked: true,
  });

  fillRows(
    body('packs-table'),
    figures.packsPerMonth,
    (m) => figuresRow(formatMonth(m.month), [m.count], { month: m.month }),
    t('dashboard.empty')
  );
  barChart($('packs-chart'), {
    categories: figures.packsPerMonth.map((m) => shortMonth(m.month)),
    series: [{ name: t('dashboard.col.packs'), data: figures.packsPerMonth.map((m) => m.count) }],
  });

  const booked = figures.handoversToCome.reduce((sum, d) => sum + d.count, 0);
  $('handovers-total').textContent = plural('dashboard.handovers.total', booked);
  fillRows(
    body('handovers-table'),
    figures.handoversToCome,
    (d) => figuresRow(formatDate(d.day), [d.count], { day: d.day }),
    t('dashboard.empty')
  );
  barChart($('handovers-chart'), {
    categories: figures.handoversToCome.map((d) => formatDate(d.day)),
    series: [{ name: t('dashboard.col.handovers'), data: figures.handoversToCome.map((d) => d.count) }],
  });

  fillRows(body('followups-table'), figures.followUps, (line) => figuresRow(followUpName(line), [line.count]), t('dashboard.empty'));
  barChart($('followups-chart'), {
    categories: figures.followUps.map(followUpName),
    series: [{ name: t('dashboard.col.count'), data: figures.followUps.map((line) => line.count) }],
    horizontal: true,
  });
}

async function start() {
  const user = await requireUser(['COORDINATOR']);
  initChrome(user);
  figures = await get('dashboards/coordination');
  readAt = new Date().toISOString();
  render();
  onLanguageChange(render);
  markReady();
}

start().catch((error) => showError(error));
