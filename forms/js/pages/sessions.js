// "Ateliers" (SUPPORT, COORDINATOR): the team's coming sessions (the coordination sees all), each
// leading to its page, and the form that proposes a workshop at a place of the directory. A support
// person runs the workshops they create; the coordination names the support person.
import { get, getAll, newIdempotencyKey, request } from '../api.js';
import { onLanguageChange, parisDay, plural, t } from '../i18n.js';
import { handleSubmit } from '../households.js';
import { seatsText, sessionUrl, sessionWhen, startSupportPage } from '../support.js';
import { el, fillRows, fillSelect, markReady, Pager, say, showError } from '../ui.js';

const $ = (id) => document.getElementById(id);
const createForm = $('create-form');
const PAGE_SIZE = 50;

let user;
let page = { items: [], page: 0, size: PAGE_SIZE, total: 0 };
let places = [];
let supportPeople = [];
let createKey = newIdempotencyKey();
let pager;

function row(session) {
  return el(
    'tr',
    { dataset: { session: String(session.id), kind: session.kind } },
    el('td', {}, el('time', { datetime: session.startsAt }, sessionWhen(session.startsAt))),
    el(
      'td',
      {},
      el('a', { href: sessionUrl(session.id) }, session.title),
      el('br'),
      el('span', { class: 'muted' }, t(`sessions.kind.${session.kind}`), ' · ', t('day.call.with', { name: session.supportPerson })),
      session.cancelled ? [' ', el('span', { class: 'badge badge-off' }, t('session.cancelled'))] : ''
    ),
    el('td', {}, session.place),
    el('td', {}, session.kind === 'WORKSHOP' ? seatsText(session) : t('sessions.booked', { taken: session.seatsTaken, capacity: session.capacity }))
  );
}

function render() {
  fillRows($('sessions-table').querySelector('tbody'), page.items, row, t('sessions.empty'));
  $('sessions-count').textContent = plural('sessions.count', page.total);
  pager.show(page);
  fillSelect(
    $('create-placeId'),
    places.map((p) => ({ value: String(p.id), label: `${p.name} — ${p.communeName}` })),
    { empty: t('common.choose') }
  );
  fillSelect(
    $('create-supportUserId'),
    supportPeople.map((p) => ({ value: String(p.id), label: `${p.name} (${p.structureName})` })),
    { empty: t('common.choose') }
  );
}

async function load(number = 0) {
  page = await get('support-sessions', { from: parisDay(), page: number, size: PAGE_SIZE });
  render();
}

async function create() {
  const v = createForm.elements;
  const body = {
    title: v.title.value.trim(),
    startsAt: v.startsAt.value,
    minutes: Number(v.minutes.value),
    capacity: Number(v.capacity.value),
    placeId: Number(v.placeId.value),
  };
  if (user.role === 'COORDINATOR') {
    body.supportUserId = v.supportUserId.value ? Number(v.supportUserId.value) : null;
  }
  const answer = await request('POST', 'support-sessions', { body, headers: { 'Idempotency-Key': createKey } });
  createKey = newIdempotencyKey();
  createForm.reset();
  await load(page.page);
  say(
    {
      title: t('sessions.created', { title: answer.data.title }),
      detail: [el('a', { href: sessionUrl(answer.data.id), id: 'created-link' }, t('sessions.created.open'))],
    },
    'success'
  );
  window.requestAnimationFrame(() => {
    const link = document.getElementById('created-link');
    if (link) {
      link.focus();
    }
  });
}

async function start() {
  user = await startSupportPage();
  pager = new Pager(el('div', { class: 'pager' }), (number) => load(number).catch((error) => showError(error)));
  $('sessions-table').closest('section').append(pager.previous.parentElement);
  $('create-support-field').hidden = user.role !== 'COORDINATOR';
  $('create-supportUserId').required = user.role === 'COORDINATOR';
  places = await getAll('support-places');
  if (user.role === 'COORDINATOR') {
    supportPeople = await get('handovers/support-people');
  }
  handleSubmit(createForm, create);
  onLanguageChange(render);
  await load();
  markReady();
}

start().catch((error) => showError(error));
