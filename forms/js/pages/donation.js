// One donation (TECHNICIAN, COORDINATOR): its details and progress; the fast intake of its devices
// one by one (serial scanned, Enter, the new asset tag shown big with its label); its devices; the
// bulk import of the donor's inventory, refused line by line; its label sheet; its erasure
// certificate.
import { ApiError, get, newIdempotencyKey, put, request, upload } from '../api.js';
import { formatDate, formatNumber, label, onLanguageChange, parisDay, plural, t } from '../i18n.js';
import { listPage } from '../listpage.js';
import { clearErrors, el, fieldError, fillRows, fillSelect, focusOn, markReady, onSubmit, queryParams, RELOADED, saveOrReload, say, showError, values } from '../ui.js';
import {
  days,
  describe,
  deviceUrl,
  DONATION_MODES,
  issueCertificate,
  KEYBOARDS,
  LABEL_LAYOUTS,
  labelsHref,
  options,
  progressOf,
  sayWithLink,
  startWorkshopPage,
  STATUSES,
  statusBadge,
  TYPES,
} from '../workshop.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The server's limit on uploads (PACKNUM_HTTP_MAX_UPLOAD_BYTES); checked here to answer at once. */
const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

const editForm = document.getElementById('edit-form');
const intakeForm = document.getElementById('intake-form');
const intakeResult = document.getElementById('intake-result');
const devicesFilter = document.getElementById('devices-filter');
const importForm = document.getElementById('import-form');
const importErrors = document.getElementById('import-errors');
const importPreview = document.getElementById('import-preview');
const labelsForm = document.getElementById('labels-form');
const certificateForm = document.getElementById('certificate-form');

let id;
let donation;
let registered = null;
let devices;
let intakeKey = newIdempotencyKey();
let rejected = null;
let preview = null;
/** Bumped by every preview and import, so that an answer that comes too late is dropped. */
let importTurn = 0;

function number(value) {
  return value === null || value === undefined ? null : Number(value);
}

function fillChoices() {
  fillSelect(intakeForm.elements.type, options('type', TYPES));
  fillSelect(
    intakeForm.elements.webcam,
    [
      { value: 'true', label: t('common.yes') },
      { value: 'false', label: t('common.no') },
    ],
    { empty: t('common.unknown') }
  );
  fillSelect(intakeForm.elements.keyboardLayout, options('keyboard', KEYBOARDS), { empty: t('common.unknown') });
  fillSelect(devicesFilter.elements.status, options('status', STATUSES), { empty: t('list.all') });
  fillSelect(labelsForm.elements.layout, options('layout', LABEL_LAYOUTS));
  fillSelect(editForm.elements.mode, options('donationMode', DONATION_MODES));
}

function renderSummary() {
  if (!donation) {
    return;
  }
  const heading = t('donation.heading.reference', { reference: donation.reference, donor: donation.donorName });
  document.getElementById('donation-heading').textContent = heading;
  document.title = t('donation.title.reference', { reference: donation.reference });
  document.getElementById('summary-donor').textContent = donation.donorName;
  document.getElementById('summary-receivedOn').textContent = formatDate(donation.receivedOn);
  document.getElementById('summary-mode').textContent = label('donationMode', donation.mode);
  document.getElementById('summary-devices').textContent =
    donation.expectedCount === null || donation.expectedCount === undefined
      ? plural('donation.devices.registered', donation.deviceCount)
      : t('donation.devices.expected.long', {
          registered: plural('donation.devices.registered', donation.deviceCount),
          expected: donation.expectedCount,
        });
  document.getElementById('summary-notes').textContent = donation.notes || t('common.none');
  document.getElementById('summary-progress').replaceChildren(progressOf(donation));
}

function fillEditForm() {
  editForm.elements.receivedOn.value = donation.receivedOn;
  editForm.elements.receivedOn.max = parisDay();
  editForm.elements.mode.value = donation.mode;
  editForm.elements.expectedCount.value = donation.expectedCount ?? '';
  editForm.elements.notes.value = donation.notes || '';
  editForm.elements.version.value = String(donation.version);
}

function deviceRow(device) {
  return el(
    'tr',
    { 'data-tag': device.assetTag },
    el('td', {}, el('a', { href: deviceUrl(device.id), class: 'tag-link' }, device.assetTag)),
    el('td', {}, label('type', device.type)),
    el('td', {}, device.brand || device.model ? describe(device) : el('span', { class: 'muted' }, t('common.none'))),
    el('td', {}, el('code', {}, device.serial)),
    el('td', {}, statusBadge(device.status)),
    el('td', {}, days(device.daysInStatus))
  );
}

function labelSettings() {
  return values(labelsForm);
}

function renderLabelLinks() {
  document.getElementById('labels-link').href = labelsHref(`donations/${id}/labels.pdf`, labelSettings());
  if (registered) {
    document.getElementById('intake-label').href = labelsHref(`devices/${registered.id}/label.pdf`, labelSettings());
  }
}

function renderResult() {
  if (!registered) {
    return;
  }
  document.getElementById('intake-tag').textContent = registered.assetTag;
  document.getElementById('intake-description').textContent = t('intake.result.description', {
    type: label('type', registered.type),
    description: describe(registered),
    serial: registered.serial,
  });
  document.getElementById('intake-open').href = deviceUrl(registered.id);
  renderLabelLinks();
}

/** The next device of the same donation: same type, everything else blank, the serial focused. */
function nextDevice() {
  const type = intakeForm.elements.type.value;
  intakeForm.reset();
  clearErrors(intakeForm);
  intakeForm.elements.type.value = type;
  intakeResult.hidden = true;
  intakeForm.hidden = false;
  intakeForm.elements.serial.focus();
}

function renderImportErrors() {
  if (!rejected) {
    return;
  }
  document.getElementById('import-errors-title').textContent = plural('import.errors.count', rejected.fieldErrors.length);
  fillRows(
    document.querySelector('#import-errors-table tbody'),
    rejected.fieldErrors,
    (error) =>
      el(
        'tr',
        {},
        el('td', {}, error.line === null || error.line === undefined ? '—' : String(error.line)),
        el('td', {}, error.field || el('span', { class: 'muted' }, t('import.errors.wholeLine'))),
        el('td', {}, error.message)
      ),
    ''
  );
}

function gigabytes(value) {
  return value === null || value === undefined ? null : t('import.preview.gb', { value: formatNumber(value) });
}

function driveText(drive) {
  return [drive.kind ? label('storage', drive.kind) : null, gigabytes(drive.sizeGb)].filter(Boolean).join(' ') || '?';
}

/** A cell of the preview: the value PackNum read in the column, written for people. */
function previewValue(id, line) {
  const drives = line.drives || [];
  const number = (value, key) => (value === null || value === undefined ? '' : t(key, { value: formatNumber(value) }));
  switch (id) {
    case 'type':
      return label('type', line.type);
    case 'ram':
      return gigabytes(line.ramGb) || '';
    case 'storage':
      return drives.map(driveText).join(' + ');
    case 'storage-kind':
      return drives.map((d) => (d.kind ? label('storage', d.kind) : '?')).join(' + ');
    case 'storage-serial':
      return drives.map((d) => d.serial || '?').join(' + ');
    case 'screen':
      return number(line.screenInches, 'import.preview.inches');
    case 'battery':
      return number(line.batteryHealthPercent, 'import.preview.percent');
    case 'weight':
      return line.weightGrams === null || line.weightGrams === undefined ? '' : number(line.weightGrams / 1000, 'import.preview.kg');
    case 'webcam':
      return line.webcam === null || line.webcam === undefined ? '' : t(line.webcam ? 'common.yes' : 'common.no');
    case 'keyboard':
      return label('keyboard', line.keyboardLayout);
    default:
      return line[{ brand: 'brand', model: 'model', serial: 'serial', cpu: 'cpu', notes: 'notes' }[id]] || '';
  }
}

function renderPreview() {
  if (!preview) {
    return;
  }
  // numbered drive columns ("Disque 1", "Disque 2") are one column of PackNum's
  const columns = [];
  for (const column of preview.columns) {
    const same = columns.find((c) => c.id === column.id);
    if (same) {
      same.headers.push(column.header);
    } else {
      columns.push({ id: column.id, label: column.label, headers: [column.header] });
    }
  }
  const table = document.getElementById('import-preview-table');
  table.querySelector('thead tr').replaceChildren(
    el('th', { scope: 'col' }, t('import.errors.line')),
    ...columns.map((c) =>
      el('th', { scope: 'col' }, c.label, el('br'), el('span', { class: 'muted' }, t('import.preview.read', { headers: c.headers.join(', ') })))
    )
  );
  fillRows(
    table.querySelector('tbody'),
    preview.lines,
    (line) => el('tr', {}, el('th', { scope: 'row' }, String(line.line)), ...columns.map((c) => el('td', {}, previewValue(c.id, line)))),
    t('import.preview.empty')
  );
  const summary = [
    preview.headerLine ? t('import.preview.header', { line: preview.headerLine }) : t('import.preview.noHeader'),
    t('import.preview.rows', { rows: formatNumber(preview.rowsRead), valid: formatNumber(preview.validRows) }),
    preview.totalRows ? plural('import.preview.totals', preview.totalRows) : null,
    preview.errorCount ? plural('import.preview.errors', preview.errorCount) : t('import.preview.ready'),
  ];
  document.getElementById('import-preview-summary').textContent = summary.filter(Boolean).join(' ');
  const ignored = document.getElementById('import-preview-ignored');
  ignored.hidden = !preview.ignored.length;
  ignored.textContent = preview.ignored.length ? t('import.preview.ignored', { columns: preview.ignored.join(', ') }) : '';
}

/** Shows what importing the chosen file would do, without importing it. */
async function previewFile() {
  const turn = ++importTurn;
  importPreview.hidden = true;
  importErrors.hidden = true;
  rejected = null;
  preview = null;
  const file = importForm.elements.file.files[0];
  if (!file || file.size > MAX_UPLOAD_BYTES) {
    return; // importing says why
  }
  say(t('import.preview.reading'));
  try {
    const answer = (await upload(`donations/${id}/devices/import/preview`, file, mediaType(file))).data;
    if (turn !== importTurn) {
      return;
    }
    preview = answer;
    renderPreview();
    importPreview.hidden = false;
    if (answer.errors && answer.errors.length) {
      rejected = { fieldErrors: answer.errors };
      renderImportErrors();
      importErrors.hidden = false;
    }
    say(
      { title: t('import.preview.heading'), detail: document.getElementById('import-preview-summary').textContent },
      answer.errorCount ? 'error' : 'info'
    );
  } catch (error) {
    if (turn === importTurn) {
      showError(error);
    }
  }
}

/**
 * The media type the file is sent in. Anything but .xlsx and .csv goes as octet-stream: the server
 * then reads the content and says the file is not a spreadsheet (for an image/png it would only
 * say it expects JSON).
 */
function mediaType(file) {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) {
    return XLSX;
  }
  if (name.endsWith('.csv')) {
    return 'text/csv';
  }
  return 'application/octet-stream';
}

async function reload() {
  donation = await get(`donations/${id}`);
  renderSummary();
  await devices.refresh();
}

async function start() {
  await startWorkshopPage();
  const params = queryParams();
  id = Number.parseInt(params.get('id'), 10);
  fillChoices();
  if (!id) {
    say({ title: t('donation.missing.title'), detail: t('donation.missing.detail') }, 'error');
    markReady();
    return;
  }
  donation = await get(`donations/${id}`);
  intakeForm.elements.type.value = 'LAPTOP';
  renderSummary();
  fillEditForm();
  devices = listPage({
    filterForm: devicesFilter,
    table: document.getElementById('devices-table'),
    pager: document.getElementById('devices-pager'),
    path: 'devices',
    fixed: { donationId: id },
    syncUrl: false,
    renderRow: deviceRow,
    emptyKey: 'donation.devices.empty',
    countKey: 'board.count',
  });
  await devices.load();
  renderLabelLinks();
  onLanguageChange(() => {
    fillChoices();
    renderSummary();
    renderResult();
    renderImportErrors();
    renderPreview();
  });
  if (params.get('created')) {
    say(t('donation.created', { reference: donation.reference }), 'success');
    window.history.replaceState(null, '', `?id=${id}`);
  }

  onSubmit(
    intakeForm,
    async (v) => {
      const body = {
        donationId: id,
        serial: v.serial,
        specs: {
          type: v.type,
          brand: v.brand,
          model: v.model,
          cpu: v.cpu,
          ramGb: number(v.ramGb),
          screenInches: number(v.screenInches),
          batteryHealth: number(v.batteryHealth),
          webcam: v.webcam === null ? null : v.webcam === 'true',
          keyboardLayout: v.keyboardLayout,
          weightGrams: number(v.weightGrams),
          location: v.location,
        },
      };
      const { data } = await request('POST', 'devices', { body, headers: { 'Idempotency-Key': intakeKey } });
      intakeKey = newIdempotencyKey();
      registered = data;
      renderResult();
      intakeForm.hidden = true;
      intakeResult.hidden = false;
      say(t('intake.created', { tag: data.assetTag }), 'success');
      // Enter again goes on to the next device; the label link is one Shift+Tab away.
      document.getElementById('intake-next').focus();
      await reload();
    },
    { fallbackField: 'serial' }
  );
  document.getElementById('intake-next').addEventListener('click', nextDevice);

  devicesFilter.addEventListener('submit', () => {
    // (listPage loads the list; the summary may have moved on meanwhile)
    get(`donations/${id}`)
      .then((answer) => {
        donation = answer;
        renderSummary();
      })
      .catch((error) => showError(error));
  });

  importForm.elements.file.addEventListener('change', previewFile);
  onSubmit(
    importForm,
    async () => {
      importTurn++; // a preview still on its way is no longer wanted
      importErrors.hidden = true;
      rejected = null;
      const file = importForm.elements.file.files[0];
      if (!file) {
        say(t('import.file.missing'), 'error');
        fieldError(importForm, 'file', t('import.file.missing')).focus();
        return;
      }
      if (file.size > MAX_UPLOAD_BYTES) {
        say(t('import.file.tooLarge'), 'error');
        fieldError(importForm, 'file', t('import.file.tooLarge')).focus();
        return;
      }
      let answer;
      try {
        answer = (await upload(`donations/${id}/devices/import`, file, mediaType(file))).data;
      } catch (error) {
        if (error instanceof ApiError && error.status === 422 && error.fieldErrors.length) {
          rejected = error;
          renderImportErrors();
          importErrors.hidden = false;
          say({ title: error.problem.title, detail: error.problem.detail }, 'error');
          focusOn(document.getElementById('import-errors-title'));
          return;
        }
        throw error;
      }
      importForm.reset();
      importPreview.hidden = true;
      preview = null;
      const detail = [
        answer.devices ? t('import.done.tags', { first: answer.firstTag, last: answer.lastTag }) : null,
        answer.headerLine ? t('import.preview.header', { line: answer.headerLine }) : null,
        answer.totalRows ? plural('import.preview.totals', answer.totalRows) : null,
      ];
      say({ title: plural('import.done', answer.devices), detail: detail.filter(Boolean).join(' ') || null }, 'success');
      await reload();
    },
    { fallbackField: 'file' }
  );

  labelsForm.addEventListener('input', renderLabelLinks);
  labelsForm.addEventListener('change', renderLabelLinks);
  labelsForm.addEventListener('submit', (event) => {
    // Enter in the "positions used" field opens the sheet, like the link.
    event.preventDefault();
    renderLabelLinks();
    document.getElementById('labels-link').click();
  });

  onSubmit(certificateForm, async () => {
    const issued = await issueCertificate(`donations/${id}/erasure-certificate`);
    sayWithLink(t('certificate.issued', { code: issued.code }), t('certificate.verify'), issued.verifyUrl);
  });

  onSubmit(editForm, async (v) => {
    const saved = await saveOrReload(
      () =>
        put(`donations/${id}`, {
          receivedOn: v.receivedOn,
          mode: v.mode,
          expectedCount: number(v.expectedCount),
          notes: v.notes,
          version: Number(v.version),
        }),
      {
        reload: async () => {
          donation = await get(`donations/${id}`);
          renderSummary();
          fillEditForm();
        },
        focus: () => editForm.elements.receivedOn.focus(),
      }
    );
    if (saved === RELOADED) {
      return;
    }
    donation = saved;
    renderSummary();
    fillEditForm();
    say(t('donation.saved', { reference: donation.reference }), 'success');
  });

  intakeForm.elements.serial.focus();
  markReady();
}

start().catch((error) => showError(error));
