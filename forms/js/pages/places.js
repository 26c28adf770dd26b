// The support places ("lieux de médiation numérique"): the directory searched by name or commune
// and filtered by service, each place with its address, phone, opening hours told day by day and
// services; a plan drawn from the places' own longitude and latitude (inline SVG, no map tiles:
// nothing leaves PackNum), each point a link to its place; the places nearest to a commune chosen
// with the commune picker; and, for the coordination, the import of a file of the national standard
// with its report (lines refused with their number and reason).
import { ApiError, get, upload } from '../api.js';
import { communePicker } from '../commune-picker.js';
import { formatNumber, initLanguage, onLanguageChange, plural, t } from '../i18n.js';
import { initChrome } from '../layout.js';
import { requireUser } from '../session.js';
import { clearErrors, el, fieldError, fillRows, fillSelect, focusOn, markReady, onSubmit, say, showError } from '../ui.js';

const READERS = ['COORDINATOR', 'SUPPORT', 'SOCIAL_WORKER'];
const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
/** The server's upload limit (PACKNUM_HTTP_MAX_UPLOAD_BYTES), checked here to answer at once. */
const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const SVG = 'http://www.w3.org/2000/svg';
const PLAN = { width: 640, height: 400, margin: 24 };

const filterForm = document.getElementById('filter-form');
const nearestForm = document.getElementById('nearest-form');
const importForm = document.getElementById('import-form');
const picker = communePicker(nearestForm.elements.inseeCode);

let services = [];
let places = [];
let total = 0;
let nearest = null;
let report = null;

/** An SVG element (createElementNS), with attributes and children. */
function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) {
      element.setAttribute(name, String(value));
    }
  }
  for (const child of children) {
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

function serviceOptions() {
  return services.map((s) => ({ value: s.code, label: t(`places.service.${s.code}`) }));
}

/** "lundi : 09:00–12:00, 14:00–17:00" for each day, closed days said so; or why they cannot be read. */
function hoursList(place) {
  const hours = place.hours;
  if (!hours) {
    return el('p', { class: 'muted' }, t('places.hours.none'));
  }
  if (hours.problem) {
    return el('p', {}, el('code', {}, place.openingHours), ' ', el('span', { class: 'muted' }, hours.problem));
  }
  const line = (name, spans) => el('li', {}, t('places.hours.day', { day: name, spans: spans.length ? spans.join(', ') : t('places.hours.closed') }));
  const items = hours.days.map((day) => line(t(`places.day.${day.day}`), day.spans));
  if (hours.publicHolidays) {
    items.push(line(t('places.day.PH'), hours.publicHolidays));
  }
  return el('ul', { class: 'places-hours', 'aria-label': t('places.hours.label', { name: place.name }) }, items);
}

function placeCard(place) {
  return el(
    'li',
    { id: `place-${place.id}`, class: 'places-card', tabindex: '-1', dataset: { place: place.standardId } },
    el('h3', {}, place.name),
    el('p', { class: 'places-address' }, `${place.address}, ${[place.postcode, place.communeName].filter(Boolean).join(' ')}`),
    place.phone ? el('p', {}, t('places.phone'), ' ', el('a', { href: `tel:${place.phone}` }, place.phone)) : null,
    el('h4', {}, t('places.hours.heading')),
    hoursList(place),
    el('h4', {}, t('places.services.heading')),
    el('ul', { class: 'places-services' }, place.services.map((s) => el('li', { dataset: { service: s.code } }, t(`places.service.${s.code}`))))
  );
}

/**
 * The plan: the places placed by longitude (x) and latitude (y, north up), scaled to their bounding
 * box — equirectangular, the longitudes shortened by the cosine of the middle latitude so that a
 * kilometre is as long both ways. Each point is a link to the place's card, named by the place.
 */
function drawPlan() {
  const container = document.getElementById('plan');
  const located = places.filter((p) => Number.isFinite(p.latitude) && Number.isFinite(p.longitude));
  if (!located.length) {
    container.replaceChildren(el('p', { class: 'muted' }, t('places.plan.empty')));
    return;
  }
  const lats = located.map((p) => p.latitude);
  const lons = located.map((p) => p.longitude);
  const [south, north, west, east] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const shrink = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const spanX = Math.max((east - west) * shrink, 1e-6);
  const spanY = Math.max(north - south, 1e-6);
  const scale = Math.min((PLAN.width - 2 * PLAN.margin) / spanX, (PLAN.height - 2 * PLAN.margin) / spanY);
  // centred, so that a single place (or places in a line) stands in the middle
  const x = (lon) => PLAN.width / 2 + (lon - (west + east) / 2) * shrink * scale;
  const y = (lat) => PLAN.height / 2 - (lat - (south + north) / 2) * scale;
  const plan = svg(
    'svg',
    { viewBox: `0 0 ${PLAN.width} ${PLAN.height}`, role: 'group', 'aria-labelledby': 'plan-title', 'aria-describedby': 'plan-hint', class: 'places-plan-svg' },
    svg('rect', { x: 0, y: 0, width: PLAN.width, height: PLAN.height, class: 'places-plan-ground' })
  );
  for (const place of located) {
    const name = `${place.name}, ${place.communeName}`;
    plan.append(
      svg(
        'a',
        { href: `#place-${place.id}`, 'aria-label': name, class: 'places-plan-point', 'data-place': place.standardId },
        svg('title', {}, name),
        svg('circle', { cx: x(place.longitude).toFixed(1), cy: y(place.latitude).toFixed(1), r: 7 })
      )
    );
  }
  container.replaceChildren(plan);
}

function renderDirectory() {
  document.getElementById('places-count').textContent = plural('places.count', total);
  document.getElementById('places-list').replaceChildren(...places.map(placeCard));
  drawPlan();
}

function renderNearest() {
  const result = document.getElementById('nearest-result');
  result.hidden = !nearest;
  if (!nearest) {
    return;
  }
  document.getElementById('nearest-result-title').textContent = t('places.nearest.result', { commune: nearest.communeName, code: nearest.inseeCode });
  const list = document.getElementById('nearest-list');
  if (!nearest.places.length) {
    list.replaceChildren(el('li', { class: 'muted' }, t('places.nearest.none')));
    return;
  }
  list.replaceChildren(
    ...nearest.places.map((place) =>
      el(
        'li',
        { dataset: { place: place.standardId } },
        el('strong', {}, place.name),
        ` — ${t('places.distance', { km: formatNumber(place.distanceKm) })} — ${place.address}, ${place.communeName}`,
        el('br'),
        el('span', { class: 'muted' }, place.hours && place.hours.text ? place.hours.text : '')
      )
    )
  );
}

function renderReport() {
  const box = document.getElementById('import-report');
  box.hidden = !report;
  if (!report) {
    return;
  }
  document.getElementById('import-summary').textContent = t('places.import.summary', {
    created: formatNumber(report.created),
    updated: formatNumber(report.updated),
    refused: formatNumber(report.refused),
  });
  const refused = document.getElementById('import-refused');
  refused.hidden = report.reasons.length === 0;
  fillRows(
    document.querySelector('#import-refused-table tbody'),
    report.reasons,
    (reason) => el('tr', { dataset: { line: reason.line } }, el('td', {}, formatNumber(reason.line)), el('td', {}, reason.field || '—'), el('td', {}, reason.reason)),
    ''
  );
}

async function loadDirectory() {
  const page = await get('support-places', { q: filterForm.elements.q.value.trim(), service: filterForm.elements.service.value, size: 100 });
  places = page.items;
  total = page.total;
  renderDirectory();
}

async function loadNearest() {
  const code = picker.code();
  if (!code) {
    fieldError(nearestForm, 'inseeCode', t('commune.choose')).focus();
    return;
  }
  nearest = await get('support-places/nearest', { insee: code, service: nearestForm.elements.service.value, limit: 10 });
  renderNearest();
  focusOn(document.getElementById('nearest-result-title'));
}

async function importFile() {
  const file = importForm.elements.file.files[0];
  if (!file) {
    fieldError(importForm, 'file', t('places.import.file.missing')).focus();
    return;
  }
  if (file.size > MAX_UPLOAD_BYTES) {
    fieldError(importForm, 'file', t('places.import.file.tooLarge')).focus();
    return;
  }
  try {
    report = (await upload('support-places/import', file, 'text/csv')).data;
  } catch (error) {
    if (error instanceof ApiError && error.status === 422) {
      showError(error, importForm, 'file');
      return;
    }
    throw error;
  }
  renderReport();
  say(document.getElementById('import-summary').textContent, report.refused ? 'info' : 'success');
  focusOn(document.getElementById('import-summary'));
  await loadDirectory();
}

async function start() {
  initLanguage();
  const user = await requireUser(READERS);
  initChrome(user);
  document.getElementById('main').dataset.role = user.role;
  services = await get('support-places/services');
  fillSelect(filterForm.elements.service, serviceOptions(), { empty: t('places.service.any') });
  fillSelect(nearestForm.elements.service, serviceOptions(), { empty: t('places.service.any') });
  document.getElementById('import-section').hidden = user.role !== 'COORDINATOR';
  onSubmit(filterForm, loadDirectory);
  onSubmit(nearestForm, async () => {
    clearErrors(nearestForm);
    await loadNearest();
  });
  onSubmit(importForm, async () => {
    clearErrors(importForm);
    await importFile();
  });
  onLanguageChange(() => {
    fillSelect(filterForm.elements.service, serviceOptions(), { empty: t('places.service.any') });
    fillSelect(nearestForm.elements.service, serviceOptions(), { empty: t('places.service.any') });
    renderDirectory();
    renderNearest();
    renderReport();
  });
  await loadDirectory();
  markReady();
}

start().catch((error) => showError(error));
