// Sign-in: password first; then, when the account asks for it, a TOTP code — after enrolling an
// authenticator app if the account has none yet (administrators must have one).
import { ApiError, post } from '../api.js';
import { initLanguage, t } from '../i18n.js';
import { currentSession, leaveFor } from '../session.js';
import { clearErrors, clearStatus, groupedSecret, markReady, onSubmit, queryParams, say, showError } from '../ui.js';

const passwordStep = document.getElementById('password-step');
const passwordForm = document.getElementById('password-form');
const codeStep = document.getElementById('code-step');
const codeForm = document.getElementById('code-form');
const enrolment = document.getElementById('enrolment');


function showPasswordStep() {
  codeStep.hidden = true;
  passwordStep.hidden = false;
  enrolment.hidden = true;
  codeForm.reset();
  clearErrors(codeForm);
  passwordForm.elements.password.value = '';
  passwordForm.elements.username.focus();
}

function showCodeStep(answer) {
  passwordStep.hidden = true;
  codeStep.hidden = false;
  const enrolling = answer.step === 'TOTP_ENROLMENT_REQUIRED';
  enrolment.hidden = !enrolling;
  document.getElementById('code-intro').hidden = enrolling;
  if (enrolling) {
    document.getElementById('enrol-secret').textContent = groupedSecret(answer.totpSecret);
    document.getElementById('enrol-uri').textContent = answer.totpUri || '';
    if ((answer.totpQr || '').startsWith('data:image/svg+xml')) {
      document.getElementById('enrol-qr').src = answer.totpQr;
    }
    const link = document.getElementById('enrol-link');
    if ((answer.totpUri || '').startsWith('otpauth://')) {
      link.href = answer.totpUri;
    }
  }
  say(t(enrolling ? 'signin.enrol.status' : 'signin.code.status'), 'info');
  codeForm.elements.code.focus();
}

function signedIn() {
  say(t('signin.success'), 'success');
  return leaveFor('home.html');
}

async function start() {
  initLanguage();
  const session = await currentSession();
  if (session.authenticated) {
    return leaveFor('home.html');
  }
  if (queryParams().get('expired')) {
    say({ title: t('signin.expired.title'), detail: t('signin.expired.detail') }, 'info');
  }

  onSubmit(passwordForm, async ({ username, password }) => {
    clearStatus();
    try {
      const answer = await post('session', { username, password });
      if (answer.step === 'SIGNED_IN') {
        return signedIn();
      }
      showCodeStep(answer);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        passwordForm.elements.password.value = '';
      }
      throw error;
    }
  }, { fallbackField: 'password' });

  onSubmit(codeForm, async ({ code }) => {
    try {
      const answer = await post('session/totp', { code: code === null ? null : code.replace(/\s+/g, '') });
      if (answer.step === 'SIGNED_IN') {
        return signedIn();
      }
    } catch (error) {
      if (error instanceof ApiError && error.type.endsWith('/login-expired')) {
        showPasswordStep();
        showError(error);
        return;
      }
      throw error;
    }
  }, { fallbackField: 'code' });

  document.getElementById('restart').addEventListener('click', () => {
    clearStatus();
    showPasswordStep();
  });
  markReady();
}

start().catch((error) => showError(error));
