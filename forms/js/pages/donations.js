// Donations and donors (TECHNICIAN, COORDINATOR): the donations received with their progress, a
// new donation (then its page opens for the intake), the donors with their data-destruction
// agreement, a new donor, a donor's details corrected.
import { get, getAll, newIdempotencyKey, put, request } from '../api.js';
import { formatDate, label, onLanguageChange, parisDay, t } from '../i18n.js';
import { listPage } from '../listpage.js';
import { leaveFor } from '../session.js';
import { el, fieldsFrom, fillSelect, focusOn, hiddenText, markReady, onSubmit, RELOADED, saveOrReload, say, showError } from '../ui.js';
import {
  DONATION_MODES,
  donationUrl,
  DONOR_KINDS,
  options,
  progressOf,
  sayWithLink,
  startWorkshopPage,
} from '../workshop.js';

const donationsFilter = document.getElementById('donations-filter');
const donationForm = document.getElementById('donation-form');
const donorsFilter = document.getElementById('donors-filter');
const donorForm = document.getElementById('donor-form');
const editSection = document.getElementById('edit-section');
const editForm = document.getElementById('edit-form');
fieldsFrom('donor-fields', 'new', donorForm);
fieldsFrom('donor-fields', 'edit', editForm);

let donors = [];
let editing = null;
let donorsList;
let donationKey = newIdempotencyKey();
let donorKey = newIdempotencyKey();

function donorOptions() {
  return donors
    .slice()
    .sort((a, b) => a.details.name.localeCompare(b.details.name, 'fr'))
    .map((d) => ({ value: String(d.id), label: d.details.name }));
}

function fillChoices() {
  fillSelect(donationsFilter.elements.donorId, donorOptions(), { empty: t('list.all') });
  fillSelect(donationForm.elements.donorId, donorOptions(), { empty: t('common.choose') });
  fillSelect(donationForm.elements.mode, options('donationMode', DONATION_MODES), { empty: t('common.choose') });
  fillSelect(donorsFilter.elements.kind, options('donorKind', DONOR_KINDS), { empty: t('list.all') });
  fillSelect(donorForm.elements.kind, options('donorKind', DONOR_KINDS), { empty: t('common.choose') });
  fillSelect(editForm.elements.kind, options('donorKind', DONOR_KINDS));
}

function none() {
  return el('span', { class: 'muted' }, t('common.none'));
}

function donationRow(donation) {
  return el(
    'tr',
    { 'data-donation': donation.reference },
    el('td', {}, el('a', { href: donationUrl(donation.id) }, donation.reference)),
    el('td', {}, donation.donorName),
    el('td', {}, formatDate(donation.receivedOn)),
    el('td', {}, label('donationMode', donation.mode)),
    el(
      'td',
      {},
      donation.expectedCount === null || donation.expectedCount === undefined
        ? String(donation.deviceCount)
        : t('donation.devices.expected', { count: donation.deviceCount, expected: donation.expectedCount })
    ),
    el('td', {}, progressOf(donation))
  );
}

function agreement(donor) {
  const d = donor.details;
  if (!donor.agreementSigned) {
    return el('span', { class: 'badge badge-off' }, t('donors.agreement.none'));
  }
  return [
    el('span', { class: 'badge badge-ok' }, t('donors.agreement.signed')),
    ' ',
    d.agreementSignedOn ? t('donors.agreement.on', { date: formatDate(d.agreementSignedOn) }) : '',
    d.agreementReference ? [' — ', el('code', {}, d.agreementReference)] : '',
  ];
}

function contact(details) {
  const lines = [details.contactName, details.contactEmail, details.contactPhone].filter(Boolean);
  if (!lines.length) {
    return none();
  }
  return lines.flatMap((line, index) => (index ? [el('br'), line] : [line]));
}

function donorRow(donor) {
  return el(
    'tr',
    { 'data-donor': donor.details.name },
    el('td', {}, donor.details.name),
    el('td', {}, label('donorKind', donor.details.kind)),
    el('td', {}, contact(donor.details)),
    el('td', {}, agreement(donor)),
    el(
      'td',
      {},
      el(
        'button',
        { type: 'button', class: 'secondary small', onclick: () => openEdit(donor.id).catch((e) => showError(e)) },
        t('common.edit'),
        hiddenText(` ${donor.details.name}`)
      )
    )
  );
}

/** The body of POST and PUT /donors from a donor form's values. */
function donorBody(v) {
  return {
    name: v.name,
    kind: v.kind,
    contactName: v.contactName,
    contactEmail: v.contactEmail,
    contactPhone: v.contactPhone,
    agreementSignedOn: v.agreementSignedOn,
    agreementReference: v.agreementReference,
    notes: v.notes,
  };
}

function fillEditForm() {
  const d = editing.details;
  for (const name of ['name', 'kind', 'contactName', 'contactEmail', 'contactPhone', 'agreementSignedOn', 'agreementReference', 'notes']) {
    editForm.elements[name].value = d[name] ?? '';
  }
  editForm.elements.version.value = String(editing.version);
  document.getElementById('edit-title').textContent = t('donors.edit.heading', { name: d.name });
}

async function openEdit(id) {
  editing = await get(`donors/${id}`);
  fillEditForm();
  editSection.hidden = false;
  focusOn(document.getElementById('edit-title'));
}

async function reloadDonors() {
  donors = await getAll('donors');
  fillChoices();
}

async function start() {
  await startWorkshopPage();
  await reloadDonors();
  donationForm.elements.receivedOn.value = parisDay();
  donationForm.elements.receivedOn.max = parisDay();
  for (const field of [donorForm.elements.agreementSignedOn, editForm.elements.agreementSignedOn]) {
    field.max = parisDay();
  }
  const donations = listPage({
    filterForm: donationsFilter,
    table: document.getElementById('donations-table'),
    pager: document.getElementById('donations-pager'),
    path: 'donations',
    renderRow: donationRow,
    emptyKey: 'donations.empty',
    countKey: 'donations.count',
  });
  donorsList = listPage({
    filterForm: donorsFilter,
    table: document.getElementById('donors-table'),
    pager: document.getElementById('donors-pager'),
    path: 'donors',
    renderRow: donorRow,
    emptyKey: 'donors.empty',
    countKey: 'donors.count',
    syncUrl: false,
  });
  onLanguageChange(() => {
    fillChoices();
    if (editing) {
      fillEditForm();
    }
  });
  await Promise.all([donations.load(), donorsList.load()]);

  onSubmit(donationForm, async (v) => {
    const { data } = await request('POST', 'donations', {
      body: {
        donorId: v.donorId === null ? null : Number(v.donorId),
        receivedOn: v.receivedOn,
        mode: v.mode,
        expectedCount: v.expectedCount === null ? null : Number(v.expectedCount),
        notes: v.notes,
      },
      headers: { 'Idempotency-Key': donationKey },
    });
    donationKey = newIdempotencyKey();
    // Next comes the intake of its devices, on the donation's own page.
    await leaveFor(`${donationUrl(data.id)}&created=1`);
  });

  onSubmit(donorForm, async (v) => {
    const { data } = await request('POST', 'donors', {
      body: donorBody(v),
      headers: { 'Idempotency-Key': donorKey },
    });
    donorKey = newIdempotencyKey();
    donorForm.reset();
    await reloadDonors();
    // The donation form offers the new donor straight away.
    donationForm.elements.donorId.value = String(data.id);
    await donorsList.refresh();
    sayWithLink(t('donors.created', { name: data.details.name }), t('donors.created.next'), '#create-donation-title');
  });

  onSubmit(editForm, async (v) => {
    const saved = await saveOrReload(() => put(`donors/${editing.id}`, { ...donorBody(v), version: Number(v.version) }), {
      reload: async () => {
        editing = await get(`donors/${editing.id}`);
        fillEditForm();
      },
      focus: () => editForm.elements.name.focus(),
    });
    if (saved === RELOADED) {
      return;
    }
    editing = saved;
    fillEditForm();
    await reloadDonors();
    await Promise.all([donorsList.refresh(), donations.refresh()]);
    say(t('donors.saved', { name: editing.details.name }), 'success');
  });

  document.getElementById('edit-close').addEventListener('click', () => {
    editing = null;
    editSection.hidden = true;
    focusOn(document.getElementById('donors-title'));
  });
  markReady();
}

start().catch((error) => showError(error));
