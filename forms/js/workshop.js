// What the workshop pages share: the sign-in guard and header (with the scan box), the closed
// lists of the workshop with their labels, links between the pages, and the documents (label
// sheets, erasure certificates) to open or save.
import { apiHref, download, get } from './api.js';
import { initLanguage, label, plural, t } from './i18n.js';
import { initChrome } from './layout.js';
import { pageUrl, requireUser } from './session.js';
import { el, fieldError, onSubmit, say } from './ui.js';

export const WORKSHOP_ROLES = ['TECHNICIAN', 'COORDINATOR'];

// The closed lists, in the server's order, served by GET /api/workshop/vocabulary when a page
// starts (filled in place, so that the pages' imports see them); labels stay in the messages.
export const STATUSES = [];
export const TYPES = [];
export const KEYBOARDS = [];
export const STORAGE_KINDS = [];
export const ERASURE_METHODS = [];
export const ERASURE_STANDARDS = [];
export const ERASURE_RESULTS = [];
export const SCRAP_CHANNELS = [];
export const DONOR_KINDS = [];
export const DONATION_MODES = [];
export const LABEL_LAYOUTS = [];

/** [{value, label}] of a closed list, labelled through the messages group.value. */
export function options(group, values) {
  return values.map((value) => ({ value, label: label(group, value) }));
}

export function deviceUrl(id) {
  return `${pageUrl('workshop/device.html')}?id=${encodeURIComponent(id)}`;
}

export function donationUrl(id) {
  return `${pageUrl('workshop/donation.html')}?id=${encodeURIComponent(id)}`;
}

export function verifyUrl(code) {
  return `${pageUrl('verify.html')}?code=${encodeURIComponent(code)}`;
}

/** "Lenovo ThinkPad T480", or the type when brand and model are unknown. */
export function describe(device) {
  const text = [device.brand, device.model].filter(Boolean).join(' ');
  return text || label('type', device.type);
}

export function statusBadge(status) {
  return el('span', { class: `badge status-badge status-${String(status).toLowerCase()}` }, label('status', status));
}

/** "3 jours" in a status, "moins d’un jour" on the first day. */
export function days(count) {
  return plural('workshop.days', count);
}

/** The address of a label sheet (GET, so a plain link opens it in the browser's PDF viewer). */
export function labelsHref(path, { layout, skip }) {
  return apiHref(path, { layout: layout || 'A4_3X7', skip: skip && Number(skip) > 0 ? skip : null });
}

/** Offers a document fetched by script (an object URL) for download under its name. */
export function saveDocument(blob, filename) {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: filename || 'document.pdf', hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60000);
}

/**
 * Issues an erasure certificate (POST answering the PDF, 201 with Location), saves the PDF and
 * answers {code, verifyUrl}.
 */
export async function issueCertificate(path) {
  const answer = await download('POST', path);
  const code = answer.location ? decodeURIComponent(answer.location.replace(/\/+$/, '').split('/').pop()) : null;
  saveDocument(answer.blob, answer.filename || `certificat-effacement-${code || ''}.pdf`);
  return { code, verifyUrl: code ? verifyUrl(code) : null };
}

/** A status message with a link in it (e.g. "Certificat émis : le vérifier"). */
export function sayWithLink(title, linkText, href, kind = 'success') {
  say({ title, detail: el('a', { href }, linkText) }, kind);
}

/**
 * What a label scanner (or a person) typed: a tag, or the address of its QR code
 * (…/d/PN-7K3QD-M), from which the tag is taken.
 */
export function typedTag(text) {
  const value = (text || '').trim();
  const link = /\/d\/([A-Za-z0-9-]+)/.exec(value) || /[?&]tag=([A-Za-z0-9-]+)/.exec(value);
  return link ? link[1] : value.replace(/\s+/g, '');
}

/**
 * The scan box of the header: USB scanners type the tag and Enter. The device opens; a mistyped
 * tag is said at the box, which keeps the focus for the next try.
 */
function initScanBox() {
  const form = document.getElementById('scan-form');
  if (!form) {
    return;
  }
  onSubmit(
    form,
    async ({ tag }) => {
      const typed = typedTag(tag);
      if (!typed) {
        say(t('scan.empty'), 'error');
        fieldError(form, 'tag', t('scan.empty')).focus();
        return;
      }
      const device = await get(`devices/by-tag/${encodeURIComponent(typed)}`);
      window.location.assign(deviceUrl(device.id));
    },
    { fallbackField: 'tag' }
  );
}

/** Guards a workshop page (technicians and coordinators) and wires its header; answers the user. */
export async function startWorkshopPage() {
  initLanguage(); // before the session round trip, so the page never shows in the wrong language
  const user = await requireUser(WORKSHOP_ROLES);
  initChrome(user);
  initScanBox();
  await loadVocabulary();
  return user;
}

async function loadVocabulary() {
  const vocabulary = await get('workshop/vocabulary');
  const lists = [
    [STATUSES, vocabulary.statuses],
    [TYPES, vocabulary.types],
    [KEYBOARDS, vocabulary.keyboards],
    [STORAGE_KINDS, vocabulary.storageKinds],
    [ERASURE_METHODS, vocabulary.erasureMethods],
    [ERASURE_STANDARDS, vocabulary.erasureStandards],
    [ERASURE_RESULTS, vocabulary.erasureResults],
    [SCRAP_CHANNELS, vocabulary.scrapChannels],
    [DONOR_KINDS, vocabulary.donorKinds],
    [DONATION_MODES, vocabulary.donationModes],
    [LABEL_LAYOUTS, vocabulary.labelLayouts],
  ];
  for (const [list, values] of lists) {
    list.splice(0, list.length, ...values);
  }
}

/** Statuses in which a device has left the workshop's hands (ready, with a household, or scrapped). */
const FINISHED = ['READY', 'RESERVED', 'DELIVERED', 'SCRAPPED'];

/**
 * A donation's progress: a bar of the devices that left the workshop, and the count in each status
 * (statuses with no device left out).
 */
export function progressOf(donation) {
  const progress = donation.progress || {};
  const total = donation.deviceCount || 0;
  const done = FINISHED.reduce((sum, status) => sum + (progress[status] || 0), 0);
  const summary = t('donation.progress.summary', { done, total });
  return el(
    'div',
    { class: 'progress' },
    total > 0 ? el('progress', { max: total, value: done, 'aria-label': summary }) : null,
    el('p', { class: 'progress-summary' }, total > 0 ? summary : t('donation.progress.empty')),
    total > 0
      ? el(
          'ul',
          { class: 'progress-statuses' },
          STATUSES.filter((status) => progress[status]).map((status) =>
            el('li', { dataset: { status } }, statusBadge(status), ' ', el('span', { class: 'progress-count' }, progress[status]))
          )
        )
      : null
  );
}
