// Public check of a data-erasure certificate (no sign-in): a donor or an auditor types the code
// printed on the certificate (or follows its QR code, ?code=…) and sees what PackNum issued.
// Nothing personal is shown: asset tags and drive serial numbers only.
import { get } from '../api.js';
import { formatDateTime, initLanguage, onLanguageChange, plural, t } from '../i18n.js';
import { el, fieldError, fillRows, focusOn, markReady, onSubmit, queryParams, say, setQueryParams, showError } from '../ui.js';

const form = document.getElementById('verify-form');
const result = document.getElementById('result');
let certificate = null;

function render() {
  if (!certificate) {
    return;
  }
  document.getElementById('result-summary').textContent = t('verify.valid.summary');
  document.getElementById('result-code').replaceChildren(el('code', {}, certificate.code));
  document.getElementById('result-issuedAt').textContent = formatDateTime(certificate.issuedAt);
  document.getElementById('result-donation').textContent = certificate.donationReference;
  document.getElementById('result-devices').textContent = plural('verify.devices', certificate.deviceCount);
  document.getElementById('result-drives').textContent = plural('verify.drives', certificate.driveCount);
  fillRows(
    document.querySelector('#result-table tbody'),
    certificate.drives,
    (drive) => el('tr', {}, el('td', {}, el('code', {}, drive.assetTag)), el('td', {}, el('code', {}, drive.driveSerial))),
    t('verify.drives.none')
  );
}

async function verify(code) {
  result.hidden = true;
  certificate = null;
  certificate = await get(`erasure-certificates/${encodeURIComponent(code.trim())}`);
  setQueryParams({ code: certificate.code });
  render();
  result.hidden = false;
  say(t('verify.valid.status', { code: certificate.code }), 'success');
}

async function start() {
  initLanguage();
  onLanguageChange(render);
  onSubmit(
    form,
    async ({ code }) => {
      if (!code) {
        say(t('verify.code.missing'), 'error');
        fieldError(form, 'code', t('verify.code.missing')).focus();
        return;
      }
      await verify(code);
      focusOn(document.getElementById('result-title'));
    },
    { fallbackField: 'code' }
  );
  const code = queryParams().get('code');
  markReady();
  if (code) {
    form.elements.code.value = code;
    form.requestSubmit();
  }
}

start().catch((error) => showError(error));
