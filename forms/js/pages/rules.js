// The eligibility rules in force (every version is kept; the newest applies): the situations that
// open the pack, how old a proof may be, the quotient familial and reste à vivre thresholds with
// their review margin, and the period before a household may have another pack. Coordinators
// save a new version, based on the one they read; social workers read them.
import { get, post } from '../api.js';
import { formatDateTime, formatNumber, label, onLanguageChange, plural, t } from '../i18n.js';
import { el, focusOn, markReady, RELOADED, saveOrReload, say, showError } from '../ui.js';
import { checkboxes, handleSubmit, HOUSEHOLD_ROLES, none, number, options, SITUATIONS, startHouseholdsPage, ticked } from '../households.js';

const form = document.getElementById('rules-form');
const situationsBox = document.getElementById('rules-situations');

let rules = null;

function row(term, ...description) {
  return [el('dt', {}, t(term)), el('dd', {}, ...description)];
}

function amount(value, key) {
  return value === null || value === undefined ? el('span', { class: 'muted' }, t('rules.unused')) : t(key, { amount: formatNumber(value) });
}

function renderCurrent() {
  if (!rules) {
    return;
  }
  const situations = rules.qualifyingSituations || [];
  document.getElementById('current-title').textContent = t('rules.current.heading.version', { version: rules.version });
  document.getElementById('current').replaceChildren(
    ...row('field.rulesVersion', t('rules.version', { version: rules.version, at: formatDateTime(rules.createdAt), by: rules.createdBy || '' })),
    ...row(
      'field.qualifyingSituations',
      situations.length ? el('ul', { class: 'plain-list' }, situations.map((s) => el('li', {}, label('situation', s)))) : none()
    ),
    ...row('field.maxProofAgeMonths.short', plural('rules.months', rules.maxProofAgeMonths)),
    ...row('field.quotientFamilialThreshold.short', amount(rules.quotientFamilialThreshold, 'rules.under.euros')),
    ...row('field.resteAVivreThreshold.short', amount(rules.resteAVivreThreshold, 'rules.under.eurosPerDay')),
    ...row('field.reviewMarginPercent.short', t('rules.percent', { value: formatNumber(rules.reviewMarginPercent) })),
    ...row('field.repeatPeriodMonths.short', plural('rules.months', rules.repeatPeriodMonths))
  );
}

function fillForm() {
  checkboxes(situationsBox, 'situation', options('situation', SITUATIONS), rules.qualifyingSituations || []);
  const f = form.elements;
  f.basedOnVersion.value = String(rules.version);
  for (const name of [
    'maxProofAgeMonths',
    'quotientFamilialThreshold',
    'resteAVivreThreshold',
    'reviewMarginPercent',
    'repeatPeriodMonths',
  ]) {
    f[name].value = rules[name] === null || rules[name] === undefined ? '' : String(rules[name]);
  }
}

async function load() {
  rules = await get('eligibility-rules');
  renderCurrent();
}

async function start() {
  const user = await startHouseholdsPage(HOUSEHOLD_ROLES);
  const editable = user.role === 'COORDINATOR';
  await load();
  document.getElementById('readonly-note').hidden = editable;
  onLanguageChange(() => {
    renderCurrent();
    if (editable) {
      checkboxes(situationsBox, 'situation', options('situation', SITUATIONS), ticked(situationsBox));
    }
  });
  if (!editable) {
    markReady();
    return;
  }
  document.getElementById('edit-section').hidden = false;
  fillForm();
  handleSubmit(form, async () => {
    const f = form.elements;
    const body = {
      basedOnVersion: Number(f.basedOnVersion.value),
      qualifyingSituations: ticked(situationsBox),
      maxProofAgeMonths: number(f.maxProofAgeMonths.value),
      quotientFamilialThreshold: number(f.quotientFamilialThreshold.value),
      resteAVivreThreshold: number(f.resteAVivreThreshold.value),
      reviewMarginPercent: number(f.reviewMarginPercent.value),
      repeatPeriodMonths: number(f.repeatPeriodMonths.value),
    };
    // Another coordinator saved a version meanwhile: theirs is shown, to start again from.
    const saved = await saveOrReload(() => post('eligibility-rules', body), {
      reload: async () => {
        await load();
        fillForm();
      },
      focus: () => focusOn(document.getElementById('current-title')),
      message: 'rules.staleReloaded',
      type: 'rule-set-outdated',
    });
    if (saved === RELOADED) {
      return;
    }
    rules = saved;
    renderCurrent();
    fillForm();
    say(t('rules.saved', { version: rules.version }), 'success');
    focusOn(document.getElementById('current-title'));
  });
  markReady();
}

start().catch((error) => showError(error));
