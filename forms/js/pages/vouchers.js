// "Chèques pass numérique": a support person scans or types a voucher's serial (a barcode scanner
// types it and Enter), sees where it stands, and issues it to a household the team follows up or
// records its use at a support place. The API decides what may be done (the view's actions); a
// refusal (already used, expired, not issued yet) is said in the status region.
import { get, post } from '../api.js';
import { formatDate, onLanguageChange, t } from '../i18n.js';
import { initChrome } from '../layout.js';
import { requireUser } from '../session.js';
import { el, fillSelect, focusOn, markReady, onSubmit, say, showError } from '../ui.js';

const $ = (id) => document.getElementById(id);
const serialForm = $('serial-form');
const serialInput = $('voucher-serial');
const redeemForm = $('redeem-form');
const issueForm = $('issue-form');

let voucher = null;
let places = [];
let plans = [];
let searchTimer = null;

/** The serial as printed: what a scanner or a person added (spaces, lower case) dropped. */
function serialOf(typed) {
  return (typed || '').replace(/\s+/g, '').toUpperCase();
}

function euros(cents) {
  return t('vouchers.value', { euros: (cents / 100).toFixed(0) });
}

function state(v) {
  if (v.status === 'REDEEMED') {
    return t('vouchers.state.REDEEMED', { on: formatDate(v.redeemedOn), place: v.redeemedPlace || '' });
  }
  if (v.expired) {
    return t('vouchers.state.expired', { on: formatDate(v.expiresOn) });
  }
  return t(`vouchers.state.${v.status}`, { on: formatDate(v.issuedOn) });
}

function detail(term, value) {
  return value ? [el('dt', {}, t(term)), el('dd', {}, value)] : [];
}

function render() {
  const section = $('voucher');
  if (!voucher) {
    section.hidden = true;
    return;
  }
  section.hidden = false;
  section.dataset.status = voucher.status;
  $('voucher-title').textContent = t('vouchers.voucher', { serial: voucher.serial });
  $('voucher-state').textContent = state(voucher);
  $('voucher-details').replaceChildren(
    ...detail('vouchers.detail.value', euros(voucher.valueCents)),
    ...detail('vouchers.detail.expiresOn', formatDate(voucher.expiresOn)),
    ...detail('vouchers.detail.funder', voucher.funder),
    ...detail('vouchers.detail.issuedOn', voucher.issuedOn && formatDate(voucher.issuedOn)),
    ...detail('vouchers.detail.request', voucher.requestReference),
    ...detail('vouchers.detail.redeemedOn', voucher.redeemedOn && formatDate(voucher.redeemedOn)),
    ...detail('vouchers.detail.redeemedAt', voucher.redeemedPlace)
  );
  const actions = voucher.actions || [];
  redeemForm.hidden = !actions.includes('REDEEM');
  issueForm.hidden = !actions.includes('ISSUE');
  fillSelect(
    $('redeem-placeId'),
    places.map((p) => ({ value: p.id, label: `${p.name} (${p.communeName})` })),
    { empty: t('vouchers.choose') }
  );
  fillSelect(
    $('issue-planId'),
    plans.map((p) => ({ value: p.id, label: p.householdName ? `${p.requestReference} — ${p.householdName}` : p.requestReference })),
    { empty: t('vouchers.choose') }
  );
}

async function loadPlaces(q) {
  places = (await get('support-places', { q: q || undefined, size: 100 })).items;
  render();
}

async function show(serial) {
  voucher = await get(`vouchers/${encodeURIComponent(serial)}`);
  if ((voucher.actions || []).includes('ISSUE') && plans.length === 0) {
    plans = (await get('support-plans', { status: 'OPEN', size: 100 })).items;
  }
  render();
}

async function start() {
  const user = await requireUser(['SUPPORT', 'COORDINATOR']);
  initChrome(user);
  onSubmit(
    serialForm,
    async () => {
      const serial = serialOf(serialInput.value);
      if (!serial) {
        say(t('vouchers.serial.missing'), 'error');
        serialInput.focus();
        return;
      }
      voucher = null;
      render();
      await show(serial);
      focusOn($('voucher'));
    },
    { fallbackField: 'serial' }
  );
  onSubmit(redeemForm, async (form) => {
    if (!form.placeId) {
      say(t('vouchers.redeem.missing'), 'error');
      $('redeem-placeId').focus();
      return;
    }
    try {
      voucher = await post(`vouchers/${encodeURIComponent(voucher.serial)}/redemption`, { placeId: Number(form.placeId) });
    } finally {
      await show(voucher.serial).catch(() => {});
    }
    say(t('vouchers.redeem.done', { serial: voucher.serial }), 'success');
    serialInput.value = '';
    serialInput.focus();
  });
  onSubmit(issueForm, async (form) => {
    if (!form.planId) {
      say(t('vouchers.issue.missing'), 'error');
      $('issue-planId').focus();
      return;
    }
    try {
      voucher = await post(`vouchers/${encodeURIComponent(voucher.serial)}/issue`, { planId: Number(form.planId) });
    } finally {
      await show(voucher.serial).catch(() => {});
    }
    say(t('vouchers.issue.done', { serial: voucher.serial }), 'success');
    serialInput.value = '';
    serialInput.focus();
  });
  $('redeem-q').addEventListener('input', () => {
    window.clearTimeout(searchTimer);
    searchTimer = window.setTimeout(() => loadPlaces($('redeem-q').value.trim()).catch((error) => showError(error)), 250);
  });
  await loadPlaces('');
  onLanguageChange(render);
  markReady();
  serialInput.focus();
}

start().catch((error) => showError(error));
