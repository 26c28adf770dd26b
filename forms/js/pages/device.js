// One device (TECHNICIAN, COORDINATOR), opened by id or by asset tag (the label's QR code leads
// here): the next steps (allowed statuses as buttons, what is still missing before READY), its
// specs, drives and erasures, functional test, operating system, grade, parts, scrapping, label
// reprint, erasure certificate, and its full history. Each step's form shows only when the
// device's status allows it; the server decides, the page shows its answer.
import { ApiError, get, post, put } from '../api.js';
import { formatDate, formatDateTime, formatNumber, label, onLanguageChange, parisDay, t } from '../i18n.js';
import { el, fillRows, fillSelect, focusOn, markReady, onSubmit, queryParams, RELOADED, saveOrReload, say, showError, values } from '../ui.js';
import {
  days,
  describe,
  donationUrl,
  ERASURE_METHODS,
  ERASURE_RESULTS,
  ERASURE_STANDARDS,
  issueCertificate,
  KEYBOARDS,
  LABEL_LAYOUTS,
  labelsHref,
  options,
  sayWithLink,
  SCRAP_CHANNELS,
  startWorkshopPage,
  statusBadge,
  STORAGE_KINDS,
  TYPES,
  typedTag,
} from '../workshop.js';

const $ = (id) => document.getElementById(id);
const statusForm = $('status-form');
const specsForm = $('specs-form');
const specsDetails = $('specs-details');
const labelForm = $('label-form');
const certificateForm = $('certificate-form');
const driveForm = $('drive-form');
const erasureForm = $('erasure-form');
const noStorageForm = $('no-storage-form');
const testForm = $('test-form');
const osForm = $('os-form');
const gradeForm = $('grade-form');
const partForm = $('part-form');
const scrapForm = $('scrap-form');

/** Where each kind of readiness gap is put right. */
const GAP_SECTIONS = {
  erasure: 'storage-section',
  functionalTest: 'test-section',
  operatingSystem: 'os-section',
  grade: 'grade-section',
};

let device;
let events = [];
let checklistLabels = {};
let grades = [];
let scrapOpen = false;

/** Whether the device's view lists {@code action} among what may be done next. */
function may(action) {
  return Boolean(device && device.actions && device.actions.includes(action));
}

function onTheBench() {
  return may('BENCH_WORK');
}

function number(value) {
  return value === null || value === undefined ? null : Number(value);
}

function none() {
  return el('span', { class: 'muted' }, t('common.none'));
}

async function loadReferences() {
  const [checklists, gradeList] = await Promise.all([get('workshop/checklists'), get('workshop/grades')]);
  checklistLabels = {};
  for (const list of checklists) {
    for (const item of list.items) {
      checklistLabels[item.key] = item.label;
    }
  }
  grades = gradeList;
}

function checklistLabel(key) {
  return checklistLabels[key] || key;
}

function fillChoices() {
  const unknown = t('common.unknown');
  fillSelect(specsForm.elements.type, options('type', TYPES));
  fillSelect(
    specsForm.elements.webcam,
    [
      { value: 'true', label: t('common.yes') },
      { value: 'false', label: t('common.no') },
    ],
    { empty: unknown }
  );
  fillSelect(specsForm.elements.keyboardLayout, options('keyboard', KEYBOARDS), { empty: unknown });
  fillSelect(labelForm.elements.layout, options('layout', LABEL_LAYOUTS));
  fillSelect(driveForm.elements.kind, options('storage', STORAGE_KINDS), { empty: t('common.choose') });
  fillSelect(erasureForm.elements.method, options('erasureMethod', ERASURE_METHODS), { empty: t('common.choose') });
  fillSelect(erasureForm.elements.standard, options('erasureStandard', ERASURE_STANDARDS), { empty: t('common.choose') });
  fillSelect(erasureForm.elements.result, options('erasureResult', ERASURE_RESULTS));
  fillSelect(scrapForm.elements.channel, options('scrapChannel', SCRAP_CHANNELS), { empty: t('common.choose') });
}

// ---- Rendering --------------------------------------------------------------------------------

function renderHead() {
  $('device-heading').textContent = device.assetTag;
  document.title = t('device.title.tag', { tag: device.assetTag });
  $('device-subtitle').replaceChildren(
    el('span', {}, t('device.subtitle', { type: label('type', device.type), description: describe(device) })),
    ' ',
    statusBadge(device.status),
    ' ',
    // the pack request's reference is all the workshop knows of the household
    ...(device.reservedFor ? [el('strong', { class: 'reserved-for' }, t('device.reservedFor', { reference: device.reservedFor })), ' '] : []),
    el('span', { class: 'muted' }, t('device.since', { days: days(device.daysInStatus) }))
  );
  $('device-subtitle').hidden = false;
  const link = $('donation-link');
  link.href = donationUrl(device.donationId);
  link.textContent = t('device.donation', { reference: device.donationReference, donor: device.donorName });
  $('donation-crumb').hidden = false;
}

function moveButton(status) {
  return el(
    'button',
    { type: 'submit', name: 'status', value: status, class: status === 'READY' ? 'ready' : null, dataset: { move: status } },
    t(`device.move.${status}`)
  );
}

function renderNext() {
  const moves = device.moves;
  const buttons = moves.map(moveButton);
  if (may('SCRAP')) {
    buttons.push(
      el(
        'button',
        {
          type: 'button',
          class: 'danger',
          dataset: { move: 'SCRAPPED' },
          'aria-expanded': String(scrapOpen),
          'aria-controls': 'scrap-section',
          onclick: () => {
            scrapOpen = !scrapOpen;
            render();
            if (scrapOpen) {
              scrapForm.elements.channel.focus();
            }
          },
        },
        t('device.move.SCRAPPED')
      )
    );
  }
  $('next-moves').replaceChildren(...buttons);
  $('status-notes-field').hidden = moves.length === 0;
  const elsewhere = device.nextStatuses.filter((status) => !moves.includes(status) && status !== 'SCRAPPED');
  const note = $('next-none');
  if (device.nextStatuses.length === 0) {
    note.textContent = t('device.next.end');
  } else if (elsewhere.length) {
    note.textContent = t('device.next.elsewhere', { statuses: elsewhere.map((s) => label('status', s)).join(', ') });
  } else {
    note.textContent = '';
  }
  note.hidden = !note.textContent;

  const bench = onTheBench();
  $('gaps-block').hidden = !bench;
  $('gaps-none').hidden = !bench || device.readinessGaps.length > 0;
  $('gaps').replaceChildren(
    ...device.readinessGaps.map((gap) =>
      el(
        'li',
        { dataset: { gap: gap.field } },
        gap.message,
        GAP_SECTIONS[gap.field]
          ? [
              ' ',
              el(
                'a',
                {
                  href: `#${GAP_SECTIONS[gap.field]}`,
                  onclick: (event) => {
                    event.preventDefault();
                    goToStep(GAP_SECTIONS[gap.field]);
                  },
                },
                t(`device.gap.go.${gap.field}`)
              ),
            ]
          : null
      )
    )
  );
  $('gaps').hidden = device.readinessGaps.length === 0;
  $('bench-note').hidden = bench || !moves.includes('IN_DIAGNOSIS');
}

/** Brings the keyboard to the first field of a step's visible form. */
function goToStep(sectionId) {
  const section = $(sectionId);
  const field = [...section.querySelectorAll('form:not([hidden]) input:not([type=hidden]), form:not([hidden]) select')].find(
    (control) => !control.closest('[hidden]')
  );
  if (field) {
    field.focus();
  } else {
    focusOn(section.querySelector('h2'));
  }
}

function spec(termKey, value) {
  return [el('dt', {}, t(termKey)), el('dd', {}, value === null || value === undefined || value === '' ? none() : value)];
}

/** A number with its unit ("8 Go"), or null when the API left it out (JSON-B omits nulls). */
function measure(value, unitKey) {
  return value === null || value === undefined ? null : t(unitKey, { value: formatNumber(value) });
}

function renderSpecs() {
  const yesNo = (value) => (value === null || value === undefined ? null : t(value ? 'common.yes' : 'common.no'));
  $('specs').replaceChildren(
    ...spec('field.assetTag', el('code', {}, device.assetTag)),
    ...spec('field.deviceType', label('type', device.type)),
    ...spec('field.serial', el('code', {}, device.serial)),
    ...spec('field.brand', device.brand),
    ...spec('field.model', device.model),
    ...spec('field.cpu', device.cpu),
    ...spec('field.ramGb', measure(device.ramGb, 'unit.gb')),
    ...spec('field.screenInches', measure(device.screenInches, 'unit.inches')),
    ...spec('field.batteryHealth', measure(device.batteryHealth, 'unit.percent')),
    ...spec('field.webcam', yesNo(device.webcam)),
    ...spec('field.keyboardLayout', label('keyboard', device.keyboardLayout)),
    ...spec('field.weightGrams', measure(device.weightGrams, 'unit.grams')),
    ...spec('field.location', device.location),
    ...spec('field.donation', el('a', { href: donationUrl(device.donationId) }, device.donationReference)),
    ...spec('field.donor', device.donorName)
  );
  specsForm.hidden = !may('DESCRIBE');
  specsDetails.hidden = !may('DESCRIBE');
}

function fillSpecsForm() {
  specsForm.elements.type.value = device.type;
  for (const name of ['brand', 'model', 'cpu', 'ramGb', 'screenInches', 'batteryHealth', 'weightGrams', 'location']) {
    specsForm.elements[name].value = device[name] ?? '';
  }
  specsForm.elements.webcam.value = device.webcam === null || device.webcam === undefined ? '' : String(device.webcam);
  specsForm.elements.keyboardLayout.value = device.keyboardLayout || '';
  specsForm.elements.version.value = String(device.version);
}

function erasureText(erasure) {
  return t('device.erasure.summary', {
    method: label('erasureMethod', erasure.method),
    standard: label('erasureStandard', erasure.standard),
    tool: erasure.tool,
    passes: erasure.passes,
    verified: t(erasure.verified ? 'device.erasure.verified' : 'device.erasure.unverified'),
    date: formatDate(erasure.performedOn),
    technician: erasure.technician,
  });
}

function driveRow(drive) {
  let erasure;
  if (drive.erased) {
    erasure = [el('span', { class: 'badge badge-ok' }, t('device.drive.erased')), ' ', erasureText(drive.lastErasure)];
  } else if (drive.lastErasure) {
    erasure = [el('span', { class: 'badge badge-danger' }, t('device.drive.failed')), ' ', erasureText(drive.lastErasure)];
  } else {
    erasure = el('span', { class: 'badge badge-off' }, t('device.drive.toErase'));
  }
  return el(
    'tr',
    { 'data-drive': drive.serial },
    el('td', {}, el('code', {}, drive.serial)),
    el('td', {}, label('storage', drive.kind)),
    el('td', {}, measure(drive.sizeGb, 'unit.gb') || none()),
    el('td', {}, erasure)
  );
}

function renderStorage() {
  fillRows($('drives-table').querySelector('tbody'), device.drives, driveRow, t('device.drives.empty'));
  const reason = $('no-storage-reason');
  reason.textContent = device.noStorageReason ? t('device.noStorage.recorded', { reason: device.noStorageReason }) : '';
  reason.hidden = !device.noStorageReason;
  driveForm.hidden = !may('ADD_DRIVE');
  erasureForm.hidden = !may('RECORD_ERASURE');
  noStorageForm.hidden = !may('RECORD_NO_STORAGE');
  const select = erasureForm.elements.driveSerial;
  const previous = select.value;
  fillSelect(
    select,
    device.drives.map((drive) => ({
      value: drive.serial,
      label: t(drive.erased ? 'device.drive.option.erased' : 'device.drive.option', {
        serial: drive.serial,
        kind: label('storage', drive.kind),
      }),
    }))
  );
  if (!device.drives.some((drive) => drive.serial === previous)) {
    const first = device.drives.find((drive) => !drive.erased);
    if (first) {
      select.value = first.serial;
    }
  }
  erasureForm.elements.performedOn.max = parisDay();
  if (!erasureForm.elements.performedOn.value) {
    erasureForm.elements.performedOn.value = parisDay();
  }
}

function renderTest() {
  const last = device.lastTest;
  const summary = $('last-test');
  if (!last) {
    summary.replaceChildren(el('p', { class: 'muted' }, t('device.test.none')));
  } else {
    const keys = Object.keys(last.items);
    const failed = keys.filter((key) => !last.items[key]);
    summary.replaceChildren(
      ...[
        el(
          'p',
          {},
          t('device.test.last', {
          date: formatDateTime(last.testedAt),
          technician: last.technician,
          passed: keys.length - failed.length,
          total: keys.length,
        })
      ),
        failed.length
          ? el('p', { class: 'field-error' }, t('device.test.failed', { items: failed.map(checklistLabel).join(', ') }))
          : null,
      ].filter(Boolean)
    );
  }
  // Rebuilt with the boxes ticked so far (or the last test's answers), labels in the page's language.
  const container = $('test-items');
  const ticked = {};
  for (const box of container.querySelectorAll('input[type=checkbox]')) {
    ticked[box.dataset.item] = box.checked;
  }
  container.replaceChildren(
    ...device.checklist.map((key) =>
      el(
        'div',
        { class: 'checkbox' },
        el('input', {
          type: 'checkbox',
          id: `test-item-${key}`,
          name: `item-${key}`,
          dataset: { item: key },
          checked: key in ticked ? ticked[key] : Boolean(last && last.items[key]),
        }),
        el('label', { for: `test-item-${key}` }, checklistLabel(key))
      )
    )
  );
  testForm.hidden = !onTheBench();
}

function renderOs() {
  $('os-current').replaceChildren(
    device.osName
      ? t('device.os.current', {
          name: [device.osName, device.osVersion].filter(Boolean).join(' '),
          licence: device.osLicence ? t('device.os.licence', { licence: device.osLicence }) : '',
        })
      : el('span', { class: 'muted' }, t('device.os.none'))
  );
  osForm.hidden = !onTheBench();
}

function gradeDefinition(grade) {
  const found = grades.find((g) => g.grade === grade);
  return found ? found.definition : grade;
}

function renderGrade() {
  $('grade-current').replaceChildren(
    device.grade
      ? t('device.grade.current', { definition: gradeDefinition(device.grade) })
      : el('span', { class: 'muted' }, t('device.grade.none'))
  );
  const chosen = values(gradeForm).grade || device.grade;
  $('grade-choices').replaceChildren(
    ...grades.map((g) =>
      el(
        'div',
        { class: 'radio' },
        el('input', { type: 'radio', name: 'grade', id: `grade-${g.grade}`, value: g.grade, checked: g.grade === chosen, required: true }),
        el('label', { for: `grade-${g.grade}` }, g.definition)
      )
    )
  );
  gradeForm.hidden = !onTheBench();
}

function renderParts() {
  $('parts-donor').hidden = !device.partsDonor;
  $('parts-list').replaceChildren(
    ...(device.parts.length
      ? device.parts.map((part) =>
          el(
            'li',
            {},
            el('strong', {}, part.description),
            ' — ',
            part.harvestedFrom ? t('device.part.harvested', { tag: part.harvestedFrom }) : t('device.part.new'),
            ', ',
            t('device.part.by', { technician: part.technician, date: formatDateTime(part.usedAt) })
          )
        )
      : [el('li', { class: 'muted' }, t('device.parts.none'))])
  );
  partForm.hidden = !onTheBench();
}

function renderScrap() {
  const scrapped = device.status === 'SCRAPPED';
  const allowed = may('SCRAP');
  if (!allowed) {
    scrapOpen = false;
  }
  $('scrap-section').hidden = !(scrapped || (allowed && scrapOpen));
  scrapForm.hidden = scrapped;
  $('scrap-current').textContent =
    scrapped && device.scrap
      ? t('device.scrap.current', {
          channel: label('scrapChannel', device.scrap.channel),
          weight: formatNumber(device.scrap.weightKg),
          receipt: device.scrap.receipt ? t('device.scrap.receipt', { receipt: device.scrap.receipt }) : '',
        })
      : '';
}

function renderDocuments() {
  $('label-link').href = labelsHref(`devices/${device.id}/label.pdf`, values(labelForm));
}

function eventRow(event) {
  const move =
    event.toStatus && event.kind !== 'RECEIVED'
      ? [' : ', event.fromStatus ? `${label('status', event.fromStatus)} → ` : '', label('status', event.toStatus)]
      : [];
  return el(
    'tr',
    { dataset: { kind: event.kind } },
    el('td', {}, el('time', { datetime: event.occurredAt }, formatDateTime(event.occurredAt))),
    el('td', {}, event.actor),
    el('td', {}, label('event', event.kind), ...move),
    el('td', {}, event.notes || '')
  );
}

function renderEvents() {
  fillRows($('events-table').querySelector('tbody'), events.slice().reverse(), eventRow, t('device.history.empty'));
}

function render() {
  renderHead();
  renderNext();
  renderSpecs();
  if (!specsDetails.open) {
    fillSpecsForm();
  }
  renderStorage();
  renderTest();
  renderOs();
  renderGrade();
  renderParts();
  renderScrap();
  renderDocuments();
}

async function loadEvents() {
  events = await get(`devices/${device.id}/events`);
  renderEvents();
}

// ---- Steps --------------------------------------------------------------------------------------

/**
 * Wires a step's form: send(values) answers the device as it is now; then the page, the history
 * and the status region follow, and the focus stays on the form's button while the form stays.
 */
function step(form, send, message) {
  onSubmit(form, async (v, submitter) => {
    device = await send(v);
    form.reset();
    if (form === testForm) {
      // The boxes now show the test just recorded.
      $('test-items').replaceChildren();
    }
    render();
    await loadEvents();
    say(message(v), 'success');
    if (submitter && !submitter.closest('[hidden]')) {
      submitter.focus();
    } else {
      focusOn(form.closest('section').querySelector('h2'));
    }
  });
}

async function reloadDevice() {
  device = await get(`devices/${device.id}`);
  render();
  await loadEvents();
}

function wireSteps() {
  const path = () => `devices/${device.id}`;

  // Enter in the notes field must not pick a status for the person.
  statusForm.elements.notes.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
    }
  });
  onSubmit(statusForm, async (v, submitter) => {
    const status = submitter && submitter.value;
    if (!status) {
      return;
    }
    try {
      device = await post(`${path()}/status`, { status, notes: v.notes });
    } catch (error) {
      if (error instanceof ApiError && error.type.endsWith('/device-not-ready')) {
        // What is missing, said and listed where it is put right.
        await reloadDevice();
        say({ title: error.problem.title, detail: error.problem.detail, list: error.fieldErrors.map((e) => e.message) }, 'error');
        focusOn($('gaps-title'));
        return;
      }
      throw error;
    }
    statusForm.reset();
    render();
    await loadEvents();
    say(t('device.moved', { tag: device.assetTag, status: label('status', device.status) }), 'success');
    focusOn($('next-title'));
  });

  step(
    driveForm,
    (v) => post(`${path()}/drives`, { serial: v.serial, kind: v.kind, sizeGb: number(v.sizeGb) }),
    (v) => t('device.done.drive', { serial: v.serial })
  );
  step(
    erasureForm,
    (v) =>
      post(`${path()}/erasures`, {
        driveSerial: v.driveSerial,
        method: v.method,
        standard: v.standard,
        tool: v.tool,
        passes: number(v.passes),
        verified: v.verified,
        result: v.result,
        performedOn: v.performedOn,
      }),
    (v) => t('device.done.erasure', { serial: v.driveSerial })
  );
  step(noStorageForm, (v) => post(`${path()}/no-storage`, { reason: v.reason }), () => t('device.done.noStorage'));
  step(
    testForm,
    (v) => {
      const items = {};
      for (const box of $('test-items').querySelectorAll('input[type=checkbox]')) {
        items[box.dataset.item] = box.checked;
      }
      return post(`${path()}/functional-tests`, { items, notes: v.notes });
    },
    () => {
      const items = device.lastTest ? Object.values(device.lastTest.items) : [];
      return t('device.done.test', { passed: items.filter(Boolean).length, total: items.length });
    }
  );
  step(
    osForm,
    (v) => put(`${path()}/operating-system`, { name: v.name, version: v.version, licence: v.licence }),
    (v) => t('device.done.os', { name: v.name })
  );
  step(gradeForm, (v) => put(`${path()}/grade`, { grade: v.grade }), (v) => t('device.done.grade', { grade: v.grade }));
  step(
    partForm,
    (v) => post(`${path()}/parts`, { description: v.description, harvestedFromTag: v.harvestedFromTag ? typedTag(v.harvestedFromTag) : null }),
    () => t('device.done.part')
  );
  step(
    scrapForm,
    (v) => post(`${path()}/scrapping`, { channel: v.channel, weightKg: number(v.weightKg), receipt: v.receipt, notes: v.notes }),
    () => t('device.done.scrap')
  );
  $('scrap-cancel').addEventListener('click', () => {
    scrapOpen = false;
    render();
    const button = $('next-moves').querySelector('[data-move="SCRAPPED"]');
    focusOn(button || $('next-title'));
  });
  $('test-all').addEventListener('click', () => {
    for (const box of $('test-items').querySelectorAll('input[type=checkbox]')) {
      box.checked = true;
    }
  });

  specsDetails.addEventListener('toggle', () => {
    if (specsDetails.open) {
      fillSpecsForm();
    }
  });
  onSubmit(specsForm, async (v) => {
    const specs = {
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
    };
    // Someone saved meanwhile: the typed values stay until the person chooses to reload.
    const saved = await saveOrReload(() => put(path(), { specs, version: Number(v.version) }), {
      reload: async () => {
        await reloadDevice();
        fillSpecsForm();
      },
      focus: () => specsForm.elements.type.focus(),
      ask: { label: t('device.specs.reload'), done: t('device.specs.reloaded') },
    });
    if (saved === RELOADED) {
      return;
    }
    device = saved;
    fillSpecsForm();
    render();
    await loadEvents();
    say(t('device.saved', { tag: device.assetTag }), 'success');
  });

  labelForm.addEventListener('input', renderDocuments);
  labelForm.addEventListener('change', renderDocuments);
  labelForm.addEventListener('submit', (event) => {
    event.preventDefault();
    renderDocuments();
    $('label-link').click();
  });
  onSubmit(certificateForm, async () => {
    const issued = await issueCertificate(`devices/${device.id}/erasure-certificate`);
    await loadEvents();
    sayWithLink(t('certificate.issued', { code: issued.code }), t('certificate.verify'), issued.verifyUrl);
  });
}

async function start() {
  await startWorkshopPage();
  fillChoices();
  await loadReferences();
  const params = queryParams();
  const id = Number.parseInt(params.get('id'), 10);
  const tag = params.get('tag');
  if (!id && !tag) {
    say({ title: t('device.missing.title'), detail: t('device.missing.detail') }, 'error');
    $('scan-tag').focus();
    markReady();
    return;
  }
  try {
    device = id ? await get(`devices/${id}`) : await get(`devices/by-tag/${encodeURIComponent(typedTag(tag))}`);
  } catch (error) {
    showError(error);
    if (tag) {
      // A label that does not read: the scan box holds it, to be corrected.
      $('scan-tag').value = tag;
      $('scan-tag').focus();
    }
    markReady();
    return;
  }
  if (!id) {
    window.history.replaceState(null, '', `?id=${device.id}`);
  }
  $('device-content').hidden = false;
  render();
  await loadEvents();
  wireSteps();
  onLanguageChange(async () => {
    try {
      fillChoices();
      await loadReferences();
      // Readiness gaps come translated from the server.
      await reloadDevice();
    } catch (error) {
      showError(error);
    }
  });
  markReady();
}

start().catch((error) => showError(error));
