// "Attribution": the coordination matches READY devices to ELIGIBLE pack requests. The page shows
// what is on the shelf and in the queue, asks the server's engine for a proposal (optionally for a
// device type, a structure or a département), lets the coordinator untick, remove or change the
// device of a pair, then confirms the pairs one by one (each POST is its own reservation, so one
// refused pair leaves the others) and says, row by row, what the server answered. Below: the active
// reservations, released with a reason, and the priority weights, edited as a new version. Every
// decision is the server's: the page shows its answers and the actions it offers.
import { ApiError, get, getAll, newIdempotencyKey, post } from '../api.js';
import { formatDate, formatDateTime, formatNumber, initLanguage, label, lang, onLanguageChange, plural, t } from '../i18n.js';
import { initChrome } from '../layout.js';
import { listPage } from '../listpage.js';
import { requireUser } from '../session.js';
import { clearErrors, el, fillSelect, focusOn, hiddenText, markReady, RELOADED, saveOrReload, say, showError } from '../ui.js';
import { checkForm, handleSubmit, none, number, requestUrl } from '../households.js';
import { deviceUrl, typedTag } from '../workshop.js';

const WEIGHTS = ['perSchoolChild', 'jobSearch', 'urgentWithReason', 'perDayWaiting', 'perHouseholdMember', 'noConnectivity', 'mobileOnly', 'qpv'];

const statusRegion = document.getElementById('status');
const proposalForm = document.getElementById('proposal-form');
const pairsTable = document.getElementById('pairs-table');
const pairsBody = pairsTable.querySelector('tbody');
const unmatchedBody = document.querySelector('#unmatched-table tbody');
const confirmForm = document.getElementById('confirm-form');
const releaseForm = document.getElementById('release-form');
const weightsForm = document.getElementById('weights-form');

let types = [];
let structures = [];
let overview = null;
let proposal = null;
/** The rows of the proposal as the coordinator shapes them: {pair, checked, removed, swapping, swappedFrom, result}. */
let rows = [];
let releasing = null;
let weights = null;
let reservations = null;

// ---- Overview -------------------------------------------------------------------------------------

function tally(list, counts, group, emptyKey) {
  const entries = Object.entries(counts || {}).filter(([, count]) => count > 0);
  list.replaceChildren(
    ...(entries.length
      ? entries.map(([value, count]) =>
          el(
            'li',
            { dataset: { value } },
            el('span', { class: 'tally-count' }, formatNumber(count)),
            ' ',
            el('span', { class: 'tally-label' }, label(group, value))
          )
        )
      : [el('li', { class: 'muted' }, t(emptyKey))])
  );
}

function renderOverview() {
  if (overview) {
    tally(document.getElementById('shelf'), overview.readyDevices, 'type', 'matching.overview.shelf.empty');
    tally(document.getElementById('waiting'), overview.waitingRequests, 'preferredDevice', 'matching.overview.queue.empty');
  }
}

async function loadOverview() {
  overview = await get('matching/overview');
  renderOverview();
}

// ---- Filters ----------------------------------------------------------------------------------------

function fillFilters() {
  const f = proposalForm.elements;
  fillSelect(
    f.deviceType,
    types.map((type) => ({ value: type, label: label('type', type) })),
    { empty: t('list.all') }
  );
  fillSelect(
    f.structureId,
    structures.map((s) => ({ value: String(s.id), label: s.active ? s.name : t('structures.inactiveName', { name: s.name }) })),
    { empty: t('list.all.feminine') }
  );
}

// ---- Proposal ---------------------------------------------------------------------------------------

function rowId(row, what) {
  return `pair-${row.pair.requestId}-${what}`;
}

/** The request's page: its household, eligibility and history, for a coordinator who checks a pair. */
function requestLink(id, reference) {
  return el('a', { href: requestUrl(id), class: 'tag-link' }, reference);
}

function deviceCell(pair) {
  const description = [label('type', pair.deviceType), [pair.brand, pair.model].filter(Boolean).join(' ')].filter(Boolean).join(' · ');
  return [
    el('a', { href: deviceUrl(pair.deviceId), class: 'tag-link', dataset: { tag: pair.assetTag } }, pair.assetTag),
    el('br'),
    description,
    pair.grade ? [el('br'), t('matching.grade', { grade: pair.grade })] : '',
  ];
}

function resultCell(row) {
  if (!row.result) {
    return '';
  }
  if (row.result.ok) {
    return el('span', { class: 'badge badge-ok' }, t('matching.result.reserved'));
  }
  const { title, detail, list } = row.result;
  return el(
    'div',
    { class: 'pair-refused' },
    el('strong', {}, title),
    detail ? el('p', {}, detail) : '',
    list.length ? el('ul', {}, list.map((message) => el('li', {}, message))) : ''
  );
}

function swapForm(row) {
  const input = el('input', {
    id: rowId(row, 'tag'),
    name: 'tag',
    type: 'text',
    class: 'short',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    maxlength: '200',
    required: true,
  });
  const form = el(
    'form',
    { id: rowId(row, 'swap-form'), class: 'swap-form', method: 'post', novalidate: true },
    el('label', { for: input.id }, t('matching.swap.label', { reference: row.pair.reference })),
    input,
    el(
      'div',
      { class: 'actions' },
      el('button', { type: 'submit', class: 'small', id: rowId(row, 'swap-submit') }, t('matching.swap.submit')),
      el(
        'button',
        {
          type: 'button',
          class: 'secondary small',
          onclick: () => {
            row.swapping = false;
            renderRow(row);
            document.getElementById(rowId(row, 'swap'))?.focus();
          },
        },
        t('common.cancel')
      )
    )
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (form.getAttribute('aria-busy') === 'true') {
      return;
    }
    clearErrors(form);
    if (!checkForm(form)) {
      return;
    }
    const typed = typedTag(input.value);
    form.setAttribute('aria-busy', 'true');
    try {
      const device = await get(`devices/by-tag/${encodeURIComponent(typed)}`);
      if (device.assetTag === row.original.assetTag) {
        row.pair = row.original;
        row.swappedFrom = null;
      } else {
        row.pair = {
          ...row.original,
          deviceId: device.id,
          assetTag: device.assetTag,
          deviceType: device.type,
          brand: device.brand,
          model: device.model,
          grade: device.grade,
        };
        row.swappedFrom = row.original.assetTag;
      }
      row.deviceStatus = device.status;
      row.swapping = false;
      row.result = null;
      renderRow(row);
      document.getElementById(rowId(row, 'swap'))?.focus();
      say(t('matching.swap.done', { reference: row.pair.reference, tag: device.assetTag }), 'success');
    } catch (error) {
      showError(error, form, 'tag');
    } finally {
      form.removeAttribute('aria-busy');
    }
  });
  return form;
}

function actionsCell(row) {
  if (row.result && row.result.ok) {
    return '';
  }
  if (row.swapping) {
    return swapForm(row);
  }
  const reference = row.pair.reference;
  return el(
    'div',
    { class: 'row-actions' },
    el(
      'button',
      {
        type: 'button',
        class: 'secondary small',
        id: rowId(row, 'swap'),
        onclick: () => {
          row.swapping = true;
          renderRow(row);
          document.getElementById(rowId(row, 'tag'))?.focus();
        },
      },
      t('matching.swap'),
      hiddenText(` ${t('matching.for', { reference })}`)
    ),
    el(
      'button',
      { type: 'button', class: 'secondary small', id: rowId(row, 'remove'), onclick: () => removeRow(row) },
      t('matching.remove'),
      hiddenText(` ${reference}`)
    )
  );
}

function explanationCell(row) {
  if (row.swappedFrom) {
    return el(
      'p',
      { class: 'swapped-note' },
      t('matching.swapped', { tag: row.swappedFrom }),
      row.deviceStatus ? [' ', t('matching.swapped.status', { status: label('status', row.deviceStatus) })] : ''
    );
  }
  return row.pair.explanation ? row.pair.explanation[lang()] || row.pair.explanation.fr : none();
}

function confirmCell(row) {
  if (row.result && row.result.ok) {
    return el('span', { class: 'muted' }, '—');
  }
  const box = el('input', {
    type: 'checkbox',
    id: rowId(row, 'confirm'),
    checked: row.checked,
    onchange: (event) => {
      row.checked = event.target.checked;
    },
  });
  return el('div', { class: 'checkbox' }, box, el('label', { for: box.id }, t('matching.confirm.one'), hiddenText(` ${row.pair.reference}`)));
}

function rowElement(row) {
  const pair = row.pair;
  return el(
    'tr',
    {
      id: rowId(row, 'row'),
      class: row.result ? (row.result.ok ? 'pair-reserved' : 'pair-failed') : null,
      dataset: { request: pair.reference, device: String(pair.deviceId) },
    },
    el('td', {}, confirmCell(row)),
    el('td', {}, requestLink(pair.requestId, pair.reference), el('br'), pair.structureName),
    el('td', {}, deviceCell(pair)),
    el('td', { class: 'number' }, formatNumber(pair.priority)),
    el('td', { class: 'number' }, row.swappedFrom ? el('span', { class: 'muted' }, '—') : formatNumber(pair.fit)),
    el('td', { class: 'explanation' }, explanationCell(row)),
    el('td', {}, actionsCell(row)),
    el('td', { class: 'result' }, resultCell(row))
  );
}

function renderRow(row) {
  const current = document.getElementById(rowId(row, 'row'));
  if (current) {
    current.replaceWith(rowElement(row));
  }
}

function visibleRows() {
  return rows.filter((row) => !row.removed);
}

/** Rebuilds the table, keeping the keyboard focus on the control that had it. */
function renderPairs() {
  const focused = document.activeElement && pairsBody.contains(document.activeElement) ? document.activeElement.id : null;
  const shown = visibleRows();
  if (shown.length) {
    pairsBody.replaceChildren(...shown.map(rowElement));
  } else {
    pairsBody.replaceChildren(el('tr', {}, el('td', { class: 'empty', colspan: 8 }, t('matching.pairs.empty'))));
  }
  if (focused) {
    document.getElementById(focused)?.focus();
  }
}

function renderUnmatched() {
  const items = proposal ? proposal.unmatched : [];
  if (!items.length) {
    unmatchedBody.replaceChildren(el('tr', {}, el('td', { class: 'empty', colspan: 3 }, t('matching.unmatched.empty'))));
    return;
  }
  unmatchedBody.replaceChildren(
    ...items.map((item) =>
      el(
        'tr',
        { dataset: { request: item.reference } },
        el('td', {}, requestLink(item.requestId, item.reference), el('br'), item.structureName),
        el('td', { class: 'number' }, formatNumber(item.priority)),
        el('td', {}, item.reason ? item.reason[lang()] || item.reason.fr : none())
      )
    )
  );
}

function renderSummary() {
  const summary = document.getElementById('proposal-summary');
  if (!proposal) {
    summary.hidden = true;
    return;
  }
  summary.hidden = false;
  summary.replaceChildren(
    el('strong', {}, plural('matching.summary.pairs', proposal.pairs.length)),
    ' ',
    t('matching.summary.of', {
      requests: formatNumber(proposal.requests),
      devices: formatNumber(proposal.availableDevices),
    }),
    el('br'),
    t('matching.summary.totals', {
      priority: formatNumber(proposal.totalPriority),
      fit: formatNumber(proposal.totalFit),
      version: proposal.weightsVersion,
    }),
    el('br'),
    t('matching.summary.engine', {
      millis: formatNumber(proposal.solveMillis),
      compatible: formatNumber(proposal.compatiblePairs),
    })
  );
}

function renderProposal() {
  renderSummary();
  document.getElementById('proposal-result').hidden = !proposal;
  if (proposal) {
    renderPairs();
    renderUnmatched();
  }
}

async function runProposal() {
  const f = proposalForm.elements;
  const query = {
    deviceType: f.deviceType.value,
    structureId: f.structureId.value,
    departement: f.departement.value.trim().toUpperCase(),
  };
  const section = proposalForm.closest('section');
  section.setAttribute('aria-busy', 'true');
  try {
    proposal = await get('matching/proposal', query);
  } finally {
    section.removeAttribute('aria-busy');
  }
  rows = proposal.pairs.map((pair) => ({ pair, original: pair, checked: true, removed: false, swapping: false, swappedFrom: null, result: null }));
  renderProposal();
  say(
    {
      title: plural('matching.summary.pairs', proposal.pairs.length),
      detail: plural('matching.summary.unmatched', proposal.unmatched.length),
    },
    'info'
  );
}

function removeRow(row) {
  const shown = visibleRows();
  const index = shown.indexOf(row);
  row.removed = true;
  renderPairs();
  const next = visibleRows()[Math.min(index, visibleRows().length - 1)];
  const target = next && document.getElementById(rowId(next, next.result && next.result.ok ? 'row' : 'remove'));
  if (target && target.tagName === 'BUTTON') {
    target.focus();
  } else {
    focusOn(document.getElementById('pairs-caption'));
  }
  say(t('matching.removed', { reference: row.pair.reference }), 'info');
}

function refusal(error) {
  if (error instanceof ApiError) {
    return {
      ok: false,
      title: error.problem.title || t('matching.result.refused'),
      detail: error.problem.detail || '',
      list: error.fieldErrors.map((e) => e.message),
    };
  }
  console.error(error); // eslint-disable-line no-console
  return { ok: false, title: t('error.unexpected.title'), detail: t('error.unexpected.detail'), list: [] };
}

/** Confirms the ticked pairs one by one; each row says the server's answer, the status sums up. */
async function confirmSelection() {
  const chosen = visibleRows().filter((row) => row.checked && !(row.result && row.result.ok));
  if (!chosen.length) {
    say(t('matching.confirm.none'), 'error');
    focusOn(statusRegion);
    return;
  }
  pairsTable.setAttribute('aria-busy', 'true');
  const refused = [];
  let reserved = 0;
  try {
    for (const row of chosen) {
      try {
        await post('reservations', { requestId: row.pair.requestId, deviceId: row.pair.deviceId }, { 'Idempotency-Key': newIdempotencyKey() });
        row.result = { ok: true };
        reserved += 1;
      } catch (error) {
        row.result = refusal(error);
        refused.push(t('matching.refusedPair', { reference: row.pair.reference, tag: row.pair.assetTag, detail: row.result.detail || row.result.title }));
      }
      row.swapping = false;
      renderRow(row);
    }
  } finally {
    pairsTable.removeAttribute('aria-busy');
  }
  say(
    {
      title: plural('matching.confirmed', reserved),
      detail: refused.length ? plural('matching.refused', refused.length) : '',
      list: refused,
    },
    refused.length ? 'error' : 'success'
  );
  focusOn(statusRegion);
  await Promise.all([loadOverview(), reservations.refresh()]).catch((error) => showError(error));
}

// ---- Reservations -----------------------------------------------------------------------------------

function reservationRow(item) {
  const description = [label('type', item.deviceType), [item.brand, item.model].filter(Boolean).join(' ')].filter(Boolean).join(' · ');
  const canRelease = Array.isArray(item.actions) && item.actions.includes('RELEASE');
  return el(
    'tr',
    { dataset: { reservation: String(item.id), request: item.requestReference, device: item.assetTag } },
    el('td', {}, requestLink(item.requestId, item.requestReference), el('br'), item.structureName),
    el(
      'td',
      {},
      el('a', { href: deviceUrl(item.deviceId), class: 'tag-link' }, item.assetTag),
      el('br'),
      description,
      item.grade ? [el('br'), t('matching.grade', { grade: item.grade })] : ''
    ),
    el('td', {}, t('matching.scores', { priority: formatNumber(item.priority), fit: formatNumber(item.fit), version: item.weightsVersion })),
    el('td', {}, t('matching.reservedAtBy', { at: formatDateTime(item.reservedAt), by: item.reservedBy || '' })),
    el('td', {}, item.expiresOn ? formatDate(item.expiresOn) : none()),
    el(
      'td',
      {},
      canRelease
        ? el(
            'button',
            { type: 'button', class: 'secondary small', id: `reservation-${item.id}-release`, onclick: () => openRelease(item) },
            t('matching.release'),
            hiddenText(` ${t('matching.release.of', { tag: item.assetTag, reference: item.requestReference })}`)
          )
        : ''
    )
  );
}

function renderReleaseTitle() {
  if (releasing) {
    document.getElementById('release-title').textContent = t('matching.release.heading', {
      tag: releasing.assetTag,
      reference: releasing.requestReference,
    });
  }
}

function openRelease(item) {
  releasing = item;
  clearErrors(releaseForm);
  releaseForm.reset();
  renderReleaseTitle();
  releaseForm.hidden = false;
  releaseForm.elements.reason.focus();
}

function closeRelease() {
  const id = releasing ? releasing.id : null;
  releasing = null;
  releaseForm.hidden = true;
  clearErrors(releaseForm);
  return id;
}

// ---- Weights ----------------------------------------------------------------------------------------

function renderWeights() {
  if (!weights) {
    return;
  }
  document.getElementById('weights-version').textContent = t('matching.weights.version', {
    version: weights.version,
    at: formatDateTime(weights.createdAt),
    by: weights.createdBy || '',
  });
  document
    .getElementById('weights-current')
    .replaceChildren(...WEIGHTS.flatMap((name) => [el('dt', {}, t(`matching.weight.${name}`)), el('dd', { dataset: { weight: name } }, plural('matching.points', weights[name]))]));
}

function buildWeightsFields() {
  document.getElementById('weights-fields').replaceChildren(
    ...WEIGHTS.map((name) => {
      const id = `weights-${name}`;
      return el(
        'div',
        { class: 'field' },
        el('label', { for: id, 'data-i18n': `matching.weight.${name}` }, t(`matching.weight.${name}`)),
        el('span', { class: 'hint', id: `${id}-hint`, 'data-i18n': `matching.weight.${name}.hint` }, t(`matching.weight.${name}.hint`)),
        el('input', {
          id,
          name,
          type: 'number',
          class: 'short',
          min: '0',
          max: '1000',
          step: '1',
          inputmode: 'numeric',
          required: true,
          'aria-describedby': `${id}-hint`,
        })
      );
    })
  );
}

function fillWeightsForm() {
  const f = weightsForm.elements;
  f.basedOnVersion.value = String(weights.version);
  for (const name of WEIGHTS) {
    f[name].value = String(weights[name]);
  }
}

async function loadWeights() {
  weights = await get('matching/weights');
  renderWeights();
}

// ---- Start ------------------------------------------------------------------------------------------

async function start() {
  initLanguage(); // before the session round trip, so the page never shows in the wrong language
  const user = await requireUser(['COORDINATOR']);
  initChrome(user);
  const [vocabulary, allStructures] = await Promise.all([get('workshop/vocabulary'), getAll('structures')]);
  types = vocabulary.types;
  structures = allStructures;
  fillFilters();
  buildWeightsFields();

  reservations = listPage({
    filterForm: document.getElementById('reservations-filter'),
    table: document.getElementById('reservations-table'),
    pager: document.getElementById('reservations-pager'),
    path: 'reservations',
    fixed: { status: 'ACTIVE' },
    syncUrl: false,
    renderRow: reservationRow,
    emptyKey: 'matching.reservations.empty',
    countKey: 'matching.reservations.count',
  });

  document.getElementById('overview-form').addEventListener('submit', (event) => {
    event.preventDefault();
    loadOverview()
      .then(() => say(t('matching.overview.refreshed'), 'info'))
      .catch((error) => showError(error));
  });
  handleSubmit(proposalForm, runProposal);
  confirmForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (confirmForm.getAttribute('aria-busy') === 'true') {
      return;
    }
    confirmForm.setAttribute('aria-busy', 'true');
    confirmSelection()
      .catch((error) => showError(error))
      .finally(() => confirmForm.removeAttribute('aria-busy'));
  });

  handleSubmit(releaseForm, async () => {
    const item = releasing;
    await post(`reservations/${item.id}/release`, { reason: releaseForm.elements.reason.value.trim() });
    closeRelease();
    say(t('matching.released', { tag: item.assetTag, reference: item.requestReference }), 'success');
    focusOn(statusRegion);
    await Promise.all([reservations.refresh(), loadOverview()]);
  });
  document.getElementById('release-cancel').addEventListener('click', () => {
    const id = closeRelease();
    const button = id && document.getElementById(`reservation-${id}-release`);
    if (button) {
      button.focus();
    } else {
      focusOn(document.getElementById('reservations-title'));
    }
  });

  handleSubmit(weightsForm, async () => {
    const f = weightsForm.elements;
    const body = { basedOnVersion: Number(f.basedOnVersion.value) };
    for (const name of WEIGHTS) {
      body[name] = number(f[name].value);
    }
    // Another coordinator saved a version meanwhile: theirs is shown, to start again from.
    const saved = await saveOrReload(() => post('matching/weights', body), {
      reload: async () => {
        await loadWeights();
        fillWeightsForm();
      },
      focus: () => focusOn(document.getElementById('weights-title')),
      message: 'matching.weights.staleReloaded',
      type: 'weights-outdated',
    });
    if (saved === RELOADED) {
      return;
    }
    weights = saved;
    renderWeights();
    fillWeightsForm();
    say(t('matching.weights.saved', { version: weights.version }), 'success');
    focusOn(document.getElementById('weights-title'));
  });

  onLanguageChange(() => {
    fillFilters();
    renderOverview();
    renderProposal();
    renderReleaseTitle();
    renderWeights();
  });

  await Promise.all([loadOverview(), reservations.load(), loadWeights()]);
  fillWeightsForm();
  markReady();
}

start().catch((error) => showError(error));
