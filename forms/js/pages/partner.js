// "Mes conventions": a partner's funding agreements (every partner's for the coordination) — the
// chosen one's figures and budget used so far, packs per month and per département as charts with
// their tables, and its statements: a period and a format start a job whose progress is followed
// every second, and the list of past exports links their files. A job still running is found again
// after a reload.
import { apiHref, get, getAll, post } from '../api.js';
import { chartWithTable } from '../charts.js';
import { euros } from '../connectivity.js';
import { formatDate, formatDateTime, formatNumber, onLanguageChange, t } from '../i18n.js';
import { initChrome } from '../layout.js';
import { figuresRow, formatMonth, shortMonth } from '../reporting.js';
import { requireUser } from '../session.js';
import { el, fillRows, fillSelect, markReady, onSubmit, queryParams, say, setQueryParams, showError } from '../ui.js';

const $ = (id) => document.getElementById(id);
const body = (id) => $(id).querySelector('tbody');
const POLL_MS = 1000;

let conventions = [];
let dashboard = null;
let jobs = [];
let running = null;
let timer = null;

const active = (job) => job.status === 'QUEUED' || job.status === 'RUNNING';
const fileHref = (job) => apiHref(`statements/jobs/${job.id}/file`);

function renderConventions() {
  fillSelect(
    $('convention'),
    conventions.map((c) => ({
      value: c.id,
      label: t('dashboard.partner.option', { name: c.name, partner: c.partner, from: formatDate(c.startsOn), to: formatDate(c.endsOn) }),
    }))
  );
}

function renderDashboard() {
  const d = dashboard;
  $('figures-heading').textContent = d.started
    ? t('dashboard.partner.figures', { from: formatDate(d.startsOn), to: formatDate(d.to) })
    : t('dashboard.partner.notStarted', { from: formatDate(d.startsOn) });
  $('figure-packs').textContent = formatNumber(d.packsDelivered);
  $('figure-qpv').textContent = formatNumber(d.packsInQpv);
  $('figure-hours').textContent = formatNumber(d.supportHours);
  $('figure-vouchers').textContent = t('dashboard.partner.vouchers.value', {
    issued: formatNumber(d.vouchersIssued),
    redeemed: formatNumber(d.vouchersRedeemed),
  });
  $('figure-connected').textContent = t('dashboard.partner.connected.value', {
    connected: formatNumber(d.stillConnectedAtM6),
    closed: formatNumber(d.followUpsClosed),
  });
  const meter = $('budget-meter');
  if (d.budgetCapCents === undefined) {
    $('budget-text').textContent = t('dashboard.partner.budget.noCap', { due: euros(d.dueCents) });
    meter.hidden = true;
  } else {
    const percent = Number(d.budgetUsedPercent);
    $('budget-text').textContent = t('dashboard.partner.budget.text', {
      due: euros(d.dueCents),
      cap: euros(d.budgetCapCents),
      percent: formatNumber(percent),
    });
    meter.max = Math.max(100, percent);
    meter.value = percent;
    meter.hidden = false;
  }
  $('budget-vat').textContent = t(`dashboard.partner.budget.vat.${d.vatMode}`);
  fillRows(
    body('lines-table'),
    d.lines,
    (line) =>
      figuresRow(t(`dashboard.item.${line.item}`), [line.quantity, euros(line.unitPriceCents), euros(line.amountCents)], {
        item: line.item,
      }),
    t('dashboard.empty')
  );
  chartWithTable($('months'), {
    title: t('dashboard.partner.months.caption'),
    header: t('dashboard.col.month'),
    labels: d.packsPerMonth.map((m) => formatMonth(m.month)),
    axisLabels: d.packsPerMonth.map((m) => shortMonth(m.month)),
    rowData: d.packsPerMonth.map((m) => ({ month: m.month })),
    series: [{ name: t('dashboard.col.packs'), data: d.packsPerMonth.map((m) => m.count) }],
  });
  chartWithTable($('territories'), {
    title: t('dashboard.partner.territories.caption'),
    header: t('dashboard.col.territory'),
    labels: d.packsByTerritory.map((row) => row.territory),
    rowData: d.packsByTerritory.map((row) => ({ territory: row.territory })),
    series: [{ name: t('dashboard.col.packs'), data: d.packsByTerritory.map((row) => row.count) }],
    horizontal: true,
  });
}

function fileCell(job) {
  if (job.status !== 'DONE') {
    return '';
  }
  const size = job.fileBytes === undefined ? '' : Math.max(1, Math.round(job.fileBytes / 1024));
  return el(
    'a',
    { href: fileHref(job), download: job.fileName, class: 'job-file' },
    t('statements.size', { file: job.fileName, size: formatNumber(size) })
  );
}

function renderJobs() {
  fillRows(
    body('jobs-table'),
    jobs,
    (job) =>
      el(
        'tr',
        { dataset: { job: job.id, status: job.status } },
        el('td', {}, formatDateTime(job.requestedAt)),
        el('td', {}, t('statements.period', { from: formatDate(job.from), to: formatDate(job.to) })),
        el('td', {}, job.format),
        el('td', {}, t(`statements.status.${job.status}`)),
        el('td', {}, fileCell(job))
      ),
    t('statements.jobs.empty')
  );
}

function progressText(job) {
  if (job.status === 'DONE') {
    return t('statements.progress.done', { file: job.fileName });
  }
  if (job.status === 'FAILED') {
    return t('statements.progress.failed');
  }
  if (job.status === 'QUEUED' || job.rowsTotal === undefined) {
    return t('statements.progress.queued');
  }
  const counts = { done: formatNumber(job.rowsDone), total: formatNumber(job.rowsTotal) };
  return job.secondsLeft === undefined
    ? t('statements.progress.rows', counts)
    : t('statements.progress.left', { ...counts, seconds: formatNumber(job.secondsLeft) });
}

function renderProgress() {
  const region = $('job-progress');
  if (!running) {
    region.hidden = true;
    return;
  }
  region.hidden = false;
  const bar = $('job-bar');
  if (running.rowsTotal === undefined && active(running)) {
    bar.removeAttribute('value'); // indeterminate until the rows are counted
  } else {
    bar.max = Math.max(1, running.rowsTotal || 0);
    bar.value = running.status === 'DONE' ? bar.max : running.rowsDone;
  }
  const text = progressText(running);
  const link = running.status === 'DONE' ? [' ', el('a', { href: fileHref(running), download: running.fileName }, t('statements.download', { file: running.fileName }))] : [];
  $('job-text').replaceChildren(text, ...link);
  $('job-text').dataset.status = running.status;
}

function stopFollowing() {
  window.clearTimeout(timer);
  timer = null;
}

function follow(job) {
  stopFollowing();
  running = job;
  renderProgress();
  if (active(job)) {
    timer = window.setTimeout(poll, POLL_MS);
  }
}

async function poll() {
  const id = running.id;
  try {
    const job = await get(`statements/jobs/${id}`);
    if (!running || running.id !== id) {
      return; // another convention chosen meanwhile
    }
    follow(job);
    if (!active(job)) {
      await loadJobs(false);
    }
  } catch (error) {
    stopFollowing();
    showError(error);
  }
}

async function loadJobs(resume = true) {
  const page = await get('statements/jobs', { conventionId: dashboard.conventionId, size: 20 });
  jobs = page.items;
  renderJobs();
  const latest = jobs.find(active);
  if (resume && latest) {
    follow(latest);
  }
}

function defaultPeriod() {
  $('statement-from').value = dashboard.startsOn;
  $('statement-to').value = dashboard.to || dashboard.endsOn;
}

async function show(id) {
  stopFollowing();
  running = null;
  renderProgress();
  dashboard = await get('dashboards/partner', { conventionId: id });
  setQueryParams({ conventionId: id });
  $('convention-view').hidden = false;
  renderDashboard();
  defaultPeriod();
  await loadJobs();
}

function render() {
  renderConventions();
  if (dashboard) {
    renderDashboard();
    renderJobs();
    renderProgress();
  }
}

async function start() {
  const user = await requireUser(['PARTNER', 'COORDINATOR']);
  if (user.role === 'COORDINATOR') {
    // the coordination reads every partner's agreements: not "mine"
    document.querySelector('title').dataset.i18n = 'dashboard.partner.title.all';
    document.querySelector('h1').dataset.i18n = 'dashboard.partner.nav.all';
  }
  initChrome(user);
  conventions = await getAll('conventions');
  renderConventions();
  onSubmit($('convention-form'), (values) => show(values.conventionId));
  onSubmit($('statement-form'), async (values) => {
    const job = await post('statements/jobs', {
      conventionId: dashboard.conventionId,
      from: values.from,
      to: values.to,
      format: values.format,
    });
    say(t('statements.started'), 'success');
    jobs = [job, ...jobs.filter((j) => j.id !== job.id)];
    renderJobs();
    follow(job);
  });
  onLanguageChange(render);
  if (!conventions.length) {
    $('convention-form').hidden = true;
    $('no-convention').hidden = false;
  } else {
    const wanted = queryParams().get('conventionId');
    const chosen = conventions.find((c) => String(c.id) === wanted) || conventions[0];
    $('convention').value = String(chosen.id);
    await show(chosen.id);
  }
  markReady();
}

start().catch((error) => showError(error));
