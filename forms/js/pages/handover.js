// One hand-over at the counter (SUPPORT, COORDINATOR): the appointment and whom to expect; while it
// is booked, the device checked by its tag, the recipient's name and signature — drawn on the
// screen, or on paper with the paper's reference, the way that works with the keyboard alone —
// or a refusal or a no-show; once done, the receipt, and the device brought back (a return, which
// may swap it for another ready device handed over right away). Each part shows only when the
// hand-over's actions allow it: the server decides, the page shows its answers.
import { get, post } from '../api.js';
import { label, onLanguageChange, parisDay, plural, t } from '../i18n.js';
import { handleSubmit, none, placeError } from '../households.js';
import {
  allows,
  CONDITIONS,
  deviceText,
  documentHref,
  handoverStatusBadge,
  handoverUrl,
  OUTCOMES,
  parisDateTime,
  phoneLink,
  placeText,
  RETURN_REASONS,
  startCounterPage,
  todayUrl,
} from '../handovers.js';
import { clearErrors, el, fillSelect, focusOn, markReady, queryParams, say, showError } from '../ui.js';
import { typedTag } from '../workshop.js';

const $ = (id) => document.getElementById(id);
const completeForm = $('complete-form');
const refuseForm = $('refuse-form');
const noShowForm = $('noshow-form');
const returnForm = $('return-form');

let handover = null;
/** A swap's replacement hand-over ({id, assetTag, …}), to hand over next; null when none. */
let replacement = null;
/** The hand-over whose forms were prefilled, so a re-render never overwrites what was typed. */
let prefilled = null;
let pad = null;

// ---- Signature pad ------------------------------------------------------------------------------

/**
 * A canvas the recipient signs on with a finger, a pen or a mouse (Pointer Events; the page does
 * not scroll under the finger: touch-action none). Answers the drawing as a PNG data URL.
 */
class SignaturePad {
  constructor(canvas, onChange) {
    this.canvas = canvas;
    this.context = canvas.getContext('2d');
    this.onChange = onChange;
    this.drawing = null;
    this.drawn = false;
    canvas.addEventListener('pointerdown', (event) => this.start(event));
    canvas.addEventListener('pointermove', (event) => this.move(event));
    for (const end of ['pointerup', 'pointercancel', 'lostpointercapture']) {
      canvas.addEventListener(end, (event) => this.end(event));
    }
    this.clear();
  }

  /** The canvas's own coordinates of a pointer event (the canvas is scaled by CSS). */
  point(event) {
    const box = this.canvas.getBoundingClientRect();
    return {
      x: ((event.clientX - box.left) * this.canvas.width) / box.width,
      y: ((event.clientY - box.top) * this.canvas.height) / box.height,
    };
  }

  start(event) {
    if (event.pointerType === 'mouse' && event.button !== 0) {
      return;
    }
    event.preventDefault();
    this.canvas.setPointerCapture(event.pointerId);
    const at = this.point(event);
    this.drawing = { pointerId: event.pointerId, last: at };
    // A dot, so that a tap leaves a mark too.
    this.context.beginPath();
    this.context.arc(at.x, at.y, this.context.lineWidth / 2, 0, 2 * Math.PI);
    this.context.fill();
    this.mark();
  }

  move(event) {
    if (!this.drawing || event.pointerId !== this.drawing.pointerId) {
      return;
    }
    event.preventDefault();
    const events = typeof event.getCoalescedEvents === 'function' ? event.getCoalescedEvents() : [];
    this.context.beginPath();
    this.context.moveTo(this.drawing.last.x, this.drawing.last.y);
    for (const each of events.length ? events : [event]) {
      const at = this.point(each);
      this.context.lineTo(at.x, at.y);
      this.drawing.last = at;
    }
    this.context.stroke();
  }

  end(event) {
    if (this.drawing && event.pointerId === this.drawing.pointerId) {
      this.drawing = null;
    }
  }

  mark() {
    if (!this.drawn) {
      this.drawn = true;
      this.onChange(true);
    }
  }

  clear() {
    const c = this.context;
    c.fillStyle = '#ffffff'; // white, not transparent: the receipt prints it on paper
    c.fillRect(0, 0, this.canvas.width, this.canvas.height);
    c.fillStyle = '#1b1f24';
    c.strokeStyle = '#1b1f24';
    c.lineWidth = 3;
    c.lineCap = 'round';
    c.lineJoin = 'round';
    this.drawing = null;
    const was = this.drawn;
    this.drawn = false;
    if (was) {
      this.onChange(false);
    }
  }

  png() {
    return this.canvas.toDataURL('image/png');
  }
}

function renderPadState() {
  $('pad-state').textContent = t(pad && pad.drawn ? 'handover.pad.signed' : 'handover.pad.empty');
}

// ---- Rendering ----------------------------------------------------------------------------------

function entries(list, pairs) {
  list.replaceChildren(
    ...pairs.filter(Boolean).flatMap(([key, value, name]) => [el('dt', {}, t(key)), el('dd', { dataset: { field: name || key } }, value === null || value === undefined || value === '' ? none() : value)])
  );
}

/** Letters, receipts: one link per language, the PDF opening in the browser's viewer. */
function documentLinks() {
  const links = [];
  const add = (action, document, key) => {
    if (allows(handover, action)) {
      for (const language of ['fr', 'en']) {
        links.push(
          el(
            'li',
            {},
            el(
              'a',
              {
                id: `doc-${document}-${language}`,
                href: documentHref(handover.id, document, language),
                hreflang: language,
                type: 'application/pdf',
                target: '_blank',
                rel: 'noopener',
              },
              t(key, { language: t(`handover.language.${language}`) })
            )
          )
        );
      }
    }
  };
  add('LETTER', 'letter', 'handover.doc.letter');
  add('RECEIPT', 'receipt', 'handover.doc.receipt');
  add('RETURN_RECEIPT', 'return-receipt', 'handover.doc.returnReceipt');
  $('documents').replaceChildren(...links);
  $('documents-section').hidden = links.length === 0;
}

function replacementBlock(returned) {
  if (!returned.replacementTag) {
    return null;
  }
  if (replacement) {
    return el(
      'p',
      { class: 'next-handover' },
      el('a', { id: 'replacement-link', class: 'button', href: handoverUrl(replacement.id) }, t('handover.replacement.open', { tag: replacement.assetTag }))
    );
  }
  return el('p', { class: 'next-handover' }, t('handover.replacement.find', { tag: returned.replacementTag }), ' ', el('a', { href: todayUrl(parisDay()) }, t('handover.back.plain')));
}

function renderOutcome() {
  const h = handover;
  const section = $('outcome-section');
  if (h.status === 'BOOKED' && !h.returned) {
    section.hidden = true;
    return;
  }
  section.hidden = false;
  const pairs = [['handover.field.status', handoverStatusBadge(h.status), 'status']];
  if (h.status === 'DONE') {
    pairs.push(['handover.field.doneAt', parisDateTime(h.doneAt), 'doneAt']);
    pairs.push(['handover.field.signedBy', h.signedBy, 'signedBy']);
    pairs.push(['handover.field.signedHow', h.signedOnScreen ? t('handover.signedOnScreen') : t('handover.signedOnPaper', { reference: h.paperReference || '' }), 'signedHow']);
  }
  if (h.outcomeNotes) {
    pairs.push(['handover.field.outcomeNotes', h.outcomeNotes, 'outcomeNotes']);
  }
  if (h.noShows > 0) {
    pairs.push(['handover.field.noShows', plural('handover.noShows', h.noShows), 'noShows']);
  }
  const r = h.returned;
  if (r) {
    pairs.push(
      ['handover.field.returnedAt', parisDateTime(r.returnedAt), 'returnedAt'],
      ['handover.return.reason', label('returnReason', r.reason), 'reason'],
      ['handover.return.condition', label('deviceCondition', r.condition), 'condition'],
      ['handover.field.chargerBack', t(r.chargerBack ? 'common.yes' : 'common.no'), 'chargerBack'],
      ['handover.field.accessories', r.accessories, 'accessories'],
      ['handover.return.returnedByName', r.returnedBy, 'returnedBy'],
      ['handover.return.outcome', label('returnOutcome', r.outcome), 'outcome']
    );
    if (r.replacementTag) {
      pairs.push(['handover.field.replacement', el('span', { class: 'mono' }, r.replacementTag), 'replacementTag']);
    }
  }
  entries($('outcome'), pairs);
  const next = r ? replacementBlock(r) : null;
  if (next) {
    $('outcome').after(next);
  }
}

function renderHead() {
  const h = handover;
  const who = h.recipient ? h.recipient.name : h.requestReference;
  $('handover-heading').textContent = t('handover.heading.of', { name: who });
  document.title = t('handover.title.of', { name: who });
  $('handover-subtitle').replaceChildren(handoverStatusBadge(h.status), ' ', parisDateTime(h.appointmentAt), ' · ', el('span', { class: 'mono' }, h.assetTag));
  $('handover-subtitle').hidden = false;
  $('back-link').href = todayUrl(parisDay(h.appointmentAt));
}

function render() {
  const h = handover;
  renderHead();
  entries($('appointment'), [
    ['handover.field.status', handoverStatusBadge(h.status), 'status'],
    ['handover.field.when', parisDateTime(h.appointmentAt), 'when'],
    ['handover.field.place', placeText(h), 'place'],
    ['handover.field.support', h.supportName, 'support'],
    ['handover.field.request', h.requestReference, 'request'],
    ['handover.field.structure', h.structureName, 'structure'],
  ]);
  entries($('recipient'), [
    ['handover.field.recipient', h.recipient ? h.recipient.name : null, 'recipient'],
    ['handover.field.phone', h.recipient && h.recipient.phone ? phoneLink(h.recipient.phone) : null, 'phone'],
    ['handover.field.device', [el('span', { class: 'mono' }, h.assetTag), el('br'), deviceText(h)], 'device'],
    h.grade ? ['handover.field.grade', h.grade, 'grade'] : null,
  ]);
  for (const old of document.querySelectorAll('.next-handover')) {
    old.remove();
  }
  renderOutcome();
  documentLinks();

  $('complete-section').hidden = !allows(h, 'COMPLETE');
  $('complete-scannedTag-hint').textContent = t('handover.scannedTag.hint', { tag: h.assetTag });
  const canRefuse = allows(h, 'REFUSE');
  const canNoShow = allows(h, 'NO_SHOW');
  $('other-section').hidden = !canRefuse && !canNoShow;
  $('refuse-open').hidden = !canRefuse;
  $('noshow-open').hidden = !canNoShow;
  if (!canRefuse) {
    refuseForm.hidden = true;
  }
  if (!canNoShow) {
    noShowForm.hidden = true;
  }
  renderNoShowExplain();
  $('return-section').hidden = !allows(h, 'RETURN');
  renderPadState();
  renderTagCheck(completeForm.elements.scannedTag, $('complete-tag-check'));
  renderTagCheck(returnForm.elements.scannedTag, $('return-tag-check'));

  if (prefilled !== h.id) {
    prefilled = h.id;
    const name = h.signedBy || (h.recipient ? h.recipient.name : '');
    completeForm.elements.recipientName.value = h.recipient ? h.recipient.name : '';
    returnForm.elements.returnedByName.value = name;
  }
}

function renderNoShowExplain() {
  if (handover) {
    $('noshow-explain').textContent = t('handover.noShow.explain', {
      name: handover.recipient ? handover.recipient.name : handover.requestReference,
      count: plural('handover.noShows', handover.noShows),
    });
  }
}

function fillChoices() {
  fillSelect(
    returnForm.elements.reason,
    RETURN_REASONS.map((value) => ({ value, label: label('returnReason', value) })),
    { empty: t('common.choose') }
  );
  fillSelect(
    returnForm.elements.condition,
    CONDITIONS.map((value) => ({ value, label: label('deviceCondition', value) })),
    { empty: t('common.choose') }
  );
}

// ---- The tag, checked as a hint -----------------------------------------------------------------

/** A tag as the server compares it at the counter: its printed form, in any case. */
function bare(tag) {
  return String(tag || '')
    .trim()
    .toUpperCase();
}

/**
 * Says under the field whether the typed tag is the reserved device's. Only a hint, said once the
 * tag is typed in full: the server checks it again and refuses another device.
 */
function renderTagCheck(input, output) {
  const typed = bare(typedTag(input.value));
  const expected = bare(handover ? handover.assetTag : '');
  output.className = 'tag-check';
  if (!typed || !expected || (typed.length < expected.length && expected.startsWith(typed))) {
    output.textContent = '';
    return;
  }
  if (typed === expected) {
    output.textContent = t('handover.tag.matches');
    output.classList.add('tag-check-ok');
  } else {
    output.textContent = t('handover.tag.differs', { tag: handover.assetTag });
    output.classList.add('tag-check-wrong');
  }
}

// ---- Actions ------------------------------------------------------------------------------------

function after(view, message) {
  handover = view;
  render();
  say(message, 'success');
  focusOn($('status'));
}

async function complete() {
  const f = completeForm.elements;
  const onPaper = f.onPaper.checked;
  if (!onPaper && !pad.drawn) {
    const control = placeError(completeForm, 'signature', t('handover.signature.missing'));
    say({ title: t('validation.title'), detail: t('handover.signature.missing') }, 'error');
    if (control) {
      control.focus();
    }
    return;
  }
  const done = await post(`handovers/${handover.id}/completion`, {
    scannedTag: typedTag(f.scannedTag.value),
    recipientName: f.recipientName.value.trim(),
    signaturePng: onPaper ? null : pad.png(),
    paperReference: onPaper ? f.paperReference.value.trim() : null,
  });
  after(done, t('handover.completed', { tag: done.assetTag, name: done.signedBy || '' }));
}

function showPaper() {
  const onPaper = completeForm.elements.onPaper.checked;
  $('paper-field').hidden = !onPaper;
  $('pad-block').hidden = onPaper;
}

function openConfirm(form, focus) {
  refuseForm.hidden = true;
  noShowForm.hidden = true;
  clearErrors(form);
  form.reset();
  form.hidden = false;
  focus();
}

function closeConfirm(form, opener) {
  form.hidden = true;
  clearErrors(form);
  if (!opener.hidden) {
    opener.focus();
  }
}

async function recordReturn() {
  const f = returnForm.elements;
  const outcome = Array.from(returnForm.querySelectorAll('input[name=outcome]')).find((r) => r.checked).value;
  const text = (value) => value.trim() || null;
  const answer = await post(`handovers/${handover.id}/return`, {
    scannedTag: typedTag(f.scannedTag.value),
    reason: f.reason.value,
    condition: f.condition.value,
    chargerBack: f.chargerBack.checked,
    accessories: text(f.accessories.value),
    returnedByName: f.returnedByName.value.trim(),
    notes: text(f.notes.value),
    outcome,
    replacementTag: outcome === 'SWAP' ? typedTag(f.replacementTag.value) : null,
  });
  replacement = answer.replacement || null;
  handover = answer.handover;
  render();
  say(replacement ? t('handover.returned.swap', { tag: handover.assetTag, replacement: replacement.assetTag }) : t('handover.returned', { tag: handover.assetTag }), 'success');
  focusOn($('outcome-title'));
}

function showReplacementField() {
  const swap = returnForm.querySelector('input[name=outcome][value=SWAP]').checked;
  $('replacement-field').hidden = !swap;
}

/** A swap's replacement hand-over, booked at the counter when the device came back. */
async function findReplacement() {
  const r = handover.returned;
  if (replacement || !r || !r.replacementHandoverId) {
    return;
  }
  try {
    replacement = await get(`handovers/${r.replacementHandoverId}`);
  } catch {
    replacement = null; // out of this caller's reach: the tag alone is said
  }
}

function wire() {
  pad = new SignaturePad($('signature-pad'), () => {
    renderPadState();
    // A signature drawn answers the "signature missing" message.
    if (pad.drawn) {
      clearErrors(completeForm);
    }
  });
  $('pad-clear').addEventListener('click', () => {
    pad.clear();
    renderPadState();
  });
  completeForm.elements.onPaper.addEventListener('change', showPaper);
  completeForm.elements.scannedTag.addEventListener('input', () => renderTagCheck(completeForm.elements.scannedTag, $('complete-tag-check')));
  returnForm.elements.scannedTag.addEventListener('input', () => renderTagCheck(returnForm.elements.scannedTag, $('return-tag-check')));
  handleSubmit(completeForm, complete);

  $('refuse-open').addEventListener('click', () => openConfirm(refuseForm, () => refuseForm.elements.reason.focus()));
  $('refuse-cancel').addEventListener('click', () => closeConfirm(refuseForm, $('refuse-open')));
  handleSubmit(refuseForm, async () => {
    const refused = await post(`handovers/${handover.id}/refusal`, { reason: refuseForm.elements.reason.value.trim() });
    refuseForm.hidden = true;
    after(refused, t('handover.refused', { tag: refused.assetTag }));
  });

  $('noshow-open').addEventListener('click', () => openConfirm(noShowForm, () => focusOn($('noshow-title'))));
  $('noshow-cancel').addEventListener('click', () => closeConfirm(noShowForm, $('noshow-open')));
  handleSubmit(noShowForm, async () => {
    const missed = await post(`handovers/${handover.id}/no-show`);
    noShowForm.hidden = true;
    const count = plural('handover.noShows', missed.noShows);
    after(missed, missed.status === 'MISSED' ? t('handover.noShow.missed', { count }) : t('handover.noShow.recorded', { count }));
  });

  for (const radio of returnForm.querySelectorAll('input[name=outcome]')) {
    radio.addEventListener('change', showReplacementField);
  }
  handleSubmit(returnForm, recordReturn);
}

async function start() {
  await startCounterPage();
  fillChoices();
  const id = Number.parseInt(queryParams().get('id'), 10);
  if (!id) {
    say({ title: t('handover.missing.title'), detail: t('handover.missing.detail') }, 'error');
    markReady();
    return;
  }
  wire();
  try {
    handover = await get(`handovers/${id}`);
  } catch (error) {
    showError(error);
    markReady();
    return;
  }
  await findReplacement();
  $('handover-content').hidden = false;
  showPaper();
  showReplacementField();
  render();
  onLanguageChange(() => {
    fillChoices();
    render();
  });
  markReady();
}

start().catch((error) => showError(error));
