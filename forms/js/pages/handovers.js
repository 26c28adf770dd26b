// The coordination's hand-over calendar. Above: the reservations that still need an appointment,
// each booked with a date and time, a place (a partner structure or an address) and the support
// person who hands the device over. Below: one day's hand-overs grouped by place, in appointment
// order, printable for the people at each counter. The server decides what may be booked (the
// reservation's BOOK_HANDOVER action) and refuses what is wrong; the page says what it answered.
import { get, getAll, newIdempotencyKey, post } from '../api.js';
import { formatDate, label, lang, onLanguageChange, parisDay, t } from '../i18n.js';
import { initChrome } from '../layout.js';
import { requireUser } from '../session.js';
import { clearErrors, el, fillRows, fillSelect, focusOn, markReady, say, showError } from '../ui.js';
import { parisTime } from '../handovers.js';

const $ = (id) => document.getElementById(id);
const bookForm = $('book-form');
const dayInput = $('day');

let toBook = [];
let booking = null;
let structures = [];
let supportPeople = [];
let dayItems = [];

function device(item) {
  return [item.assetTag, label('type', item.deviceType), item.brand, item.model].filter(Boolean).join(' · ');
}

// ---- Reservations to book ---------------------------------------------------------------------------

function toBookRow(reservation) {
  const open = el('button', { type: 'button', class: 'secondary', dataset: { reservation: reservation.id } }, t('handovers.book.open'));
  open.setAttribute('aria-label', t('handovers.book.open.for', { reference: reservation.requestReference }));
  open.addEventListener('click', () => openBooking(reservation));
  return el(
    'tr',
    { dataset: { reservation: reservation.id } },
    el('th', { scope: 'row' }, reservation.requestReference),
    el('td', {}, reservation.structureName),
    el('td', {}, device(reservation)),
    el('td', {}, formatDate(reservation.expiresOn)),
    el('td', {}, open)
  );
}

function renderToBook() {
  fillRows($('tobook-table').querySelector('tbody'), toBook, toBookRow, t('handovers.toBook.empty'));
}

async function loadToBook() {
  const active = await getAll('reservations', { status: 'ACTIVE' });
  toBook = active.filter((r) => (r.actions || []).includes('BOOK_HANDOVER'));
  renderToBook();
}

function fillBookingChoices() {
  const f = bookForm.elements;
  fillSelect(
    f.placeStructureId,
    structures.filter((s) => s.active).map((s) => ({ value: String(s.id), label: s.name }))
  );
  fillSelect(
    f.supportUserId,
    supportPeople.map((p) => ({ value: String(p.id), label: t('handovers.book.support.option', { name: p.name, structure: p.structureName }) })),
    { empty: t('handovers.book.support.choose') }
  );
}

function followPlaceKind() {
  const byAddress = bookForm.elements.placeKind.value === 'address';
  $('book-address-field').hidden = !byAddress;
  $('book-structure-field').hidden = byAddress;
}

function openBooking(reservation) {
  booking = reservation;
  clearErrors(bookForm);
  bookForm.reset();
  fillBookingChoices();
  followPlaceKind();
  const title = $('book-title');
  title.textContent = t('handovers.book.heading', { reference: reservation.requestReference, device: reservation.assetTag });
  bookForm.hidden = false;
  focusOn(title);
}

function closeBooking() {
  booking = null;
  bookForm.hidden = true;
}

async function book() {
  clearErrors(bookForm);
  const f = bookForm.elements;
  if (!bookForm.checkValidity()) {
    bookForm.reportValidity();
    return;
  }
  const byAddress = f.placeKind.value === 'address';
  const body = {
    reservationId: booking.id,
    appointmentAt: f.appointmentAt.value,
    placeStructureId: byAddress ? null : Number(f.placeStructureId.value) || null,
    placeAddress: byAddress ? f.placeAddress.value.trim() : null,
    supportUserId: Number(f.supportUserId.value) || null,
  };
  const booked = await post('handovers', body, { 'Idempotency-Key': newIdempotencyKey() });
  const reference = booking.requestReference;
  closeBooking();
  say({ title: t('handovers.booked', { reference, when: `${formatDate(f.appointmentAt.value.slice(0, 10))} ${parisTime(booked.appointmentAt)}` }) }, 'success');
  dayInput.value = f.appointmentAt.value.slice(0, 10);
  await Promise.all([loadToBook(), loadDay()]);
}

// ---- The day, by place ------------------------------------------------------------------------------

function dayRow(h) {
  return el(
    'tr',
    { dataset: { handover: h.id, status: h.status } },
    el('th', { scope: 'row' }, parisTime(h.appointmentAt)),
    el('td', {}, h.requestReference, el('br'), el('span', { class: 'muted' }, h.structureName)),
    el('td', {}, device(h)),
    el('td', {}, h.supportName),
    el('td', {}, label('handoverStatus', h.status))
  );
}

function placeTable(place, items, index) {
  const captionId = `place-${index}`;
  const head = ['handovers.col.time', 'handovers.col.request', 'handovers.col.device', 'handovers.col.support', 'handovers.col.status'];
  const table = el(
    'table',
    {},
    el('caption', { id: captionId }, t('handovers.place.caption', { place, count: items.length })),
    el('thead', {}, el('tr', {}, ...head.map((key) => el('th', { scope: 'col' }, t(key))))),
    el('tbody', {}, ...items.map(dayRow))
  );
  return el('section', { class: 'place-day', 'aria-labelledby': captionId }, el('h3', {}, place), el('div', { class: 'table-wrap' }, table));
}

function renderDay() {
  $('day-heading').textContent = t('handovers.day.heading', { day: formatDate(dayInput.value) });
  const byPlace = new Map();
  for (const h of dayItems) {
    const place = h.placeName || h.placeAddress;
    if (!byPlace.has(place)) {
      byPlace.set(place, []);
    }
    byPlace.get(place).push(h);
  }
  const calendar = $('calendar');
  if (!byPlace.size) {
    calendar.replaceChildren(el('p', { class: 'muted' }, t('handovers.day.empty')));
    return;
  }
  const places = [...byPlace.keys()].sort((a, b) => a.localeCompare(b, lang()));
  calendar.replaceChildren(...places.map((place, index) => placeTable(place, byPlace.get(place), index)));
}

async function loadDay() {
  if (!dayInput.value) {
    dayInput.value = parisDay();
  }
  dayItems = await getAll('handovers', { day: dayInput.value });
  renderDay();
}

function shiftDay(days) {
  const date = new Date(`${dayInput.value || parisDay()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  dayInput.value = date.toISOString().slice(0, 10);
  loadDay().catch((error) => showError(error));
}

// ---- Wiring -----------------------------------------------------------------------------------------

function wire() {
  bookForm.addEventListener('change', (event) => {
    if (event.target.name === 'placeKind') {
      followPlaceKind();
    }
  });
  bookForm.addEventListener('submit', (event) => {
    event.preventDefault();
    book().catch((error) => showError(error, bookForm));
  });
  $('book-cancel').addEventListener('click', closeBooking);
  $('day-previous').addEventListener('click', () => shiftDay(-1));
  $('day-next').addEventListener('click', () => shiftDay(1));
  dayInput.addEventListener('change', () => loadDay().catch((error) => showError(error)));
  $('day-form').addEventListener('submit', (event) => {
    event.preventDefault();
    loadDay().catch((error) => showError(error));
  });
  $('print').addEventListener('click', () => window.print());
}

async function start() {
  const user = await requireUser(['COORDINATOR']);
  initChrome(user);
  wire();
  dayInput.value = parisDay();
  [structures, supportPeople] = await Promise.all([getAll('structures'), get('handovers/support-people')]);
  await Promise.all([loadToBook(), loadDay()]);
  onLanguageChange(() => {
    renderToBook();
    renderDay();
    if (booking) {
      fillBookingChoices();
    }
  });
  markReady();
}

start().catch((error) => showError(error));
