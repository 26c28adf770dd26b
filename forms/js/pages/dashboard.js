// "Tableau de bord": the coordination's view of the programme — now, the workshop's stock by status
// and age, the queue and the hand-overs to come; over a period (in the address, the last 12 months
// by default), the packs handed over per month and the follow-ups' outcomes. Each chart is
// aria-hidden and followed by the table of its figures (charts.js).
import { get } from '../api.js';
import { chartWithTable } from '../charts.js';
import { formatDateTime, formatNumber, label, onLanguageChange, plural, t } from '../i18n.js';
import { initChrome } from '../layout.js';
import { formatDate, formatMonth, shortMonth } from '../reporting.js';
import { requireUser } from '../session.js';
import { fieldError, markReady, onSubmit, queryParams, say, setQueryParams, showError } from '../ui.js';

const $ = (id) => document.getElementById(id);
const form = $('period-form');

let figures;
let readAt;

function followUpName(line) {
  return line.outcome ? label('followUp.outcome', line.outcome) : t(`dashboard.followUp.${line.status}`);
}

/** The period the figures are of, as the server answered it, written the reader's way. */
function period() {
  return { from: formatDate(figures.from), to: formatDate(figures.to) };
}

function render() {
  $('dashboard-updated').textContent = t('dashboard.updated', { at: formatDateTime(readAt) });
  $('queue-eligible').textContent = formatNumber(figures.eligibleRequests);
  $('queue-oldest').textContent =
    figures.oldestWaitDays === undefined ? t('dashboard.queue.none') : plural('dashboard.queue.days', figures.oldestWaitDays);

  const bands = ['under30', 'from30To90', 'over90'];
  chartWithTable($('stock'), {
    title: t('dashboard.stock.caption'),
    header: t('dashboard.col.status'),
    labels: figures.stock.map((line) => label('status', line.status)),
    rowData: figures.stock.map((line) => ({ status: line.status })),
    series: bands.map((band) => ({ name: t(`dashboard.col.${band}`), data: figures.stock.map((line) => line[band]) })),
    total: true,
    stacked: true,
  });

  chartWithTable($('packs'), {
    title: t('dashboard.packs.caption', period()),
    header: t('dashboard.col.month'),
    labels: figures.packsPerMonth.map((m) => formatMonth(m.month)),
    axisLabels: figures.packsPerMonth.map((m) => shortMonth(m.month)),
    rowData: figures.packsPerMonth.map((m) => ({ month: m.month })),
    series: [{ name: t('dashboard.col.packs'), data: figures.packsPerMonth.map((m) => m.count) }],
  });

  const booked = figures.handoversToCome.reduce((sum, d) => sum + d.count, 0);
  $('handovers-total').textContent = plural('dashboard.handovers.total', booked);
  chartWithTable($('handovers'), {
    title: t('dashboard.handovers.caption'),
    header: t('dashboard.col.day'),
    labels: figures.handoversToCome.map((d) => formatDate(d.day)),
    rowData: figures.handoversToCome.map((d) => ({ day: d.day })),
    series: [{ name: t('dashboard.col.handovers'), data: figures.handoversToCome.map((d) => d.count) }],
  });

  chartWithTable($('followups'), {
    title: t('dashboard.followUps.caption', period()),
    header: t('dashboard.col.followUp'),
    labels: figures.followUps.map(followUpName),
    series: [{ name: t('dashboard.col.count'), data: figures.followUps.map((line) => line.count) }],
    horizontal: true,
  });
}

/**
 * Reads the figures of a period (the server's default when none) and keeps it in the address, so
 * that a reload or a bookmark shows the same period; the fields then show the period read.
 */
async function load(from, to) {
  figures = await get('dashboards/coordination', { from, to });
  readAt = new Date().toISOString();
  setQueryParams({ from, to });
  form.elements.from.value = figures.from;
  form.elements.to.value = figures.to;
  render();
}

async function start() {
  const user = await requireUser(['COORDINATOR']);
  initChrome(user);
  onSubmit(form, async ({ from, to }) => {
    if (!from || !to || to < from) {
      const wrong = from ? 'to' : 'from';
      fieldError(form, wrong, t('dashboard.period.invalid'));
      form.elements[wrong].focus();
      return;
    }
    await load(from, to);
    say(t('dashboard.updated', { at: formatDateTime(readAt) }));
  });
  onLanguageChange(() => figures && render());
  const params = queryParams();
  // a period from the address (a bookmark, a reload) is the server's to judge: a wrong one is
  // shown at its field, and the default period read instead
  await load(params.get('from'), params.get('to')).catch(async (error) => {
    await load(null, null);
    showError(error, form);
  });
  markReady();
}

start().catch((error) => showError(error));
