// The signed-in user's own account: profile (read-only), password change, TOTP second factor.
import { post, put } from '../api.js';
import { initLanguage, label, onLanguageChange, t } from '../i18n.js';
import { initChrome } from '../layout.js';
import { requireUser } from '../session.js';
import { fieldError, focusOn, groupedSecret, markReady, onSubmit, say, showError } from '../ui.js';

const passwordForm = document.getElementById('password-form');
const offerForm = document.getElementById('totp-offer-form');
const enrol = document.getElementById('totp-enrol');
const confirmForm = document.getElementById('totp-confirm-form');
const disableForm = document.getElementById('totp-disable-form');

let user;


/** Whether /api/me lists {@code action} among what the signed-in user may do with their account. */
function may(action) {
  return Boolean(user && user.actions && user.actions.includes(action));
}

function render() {
  document.getElementById('profile-username').textContent = user.username;
  // For password managers: which account this new password belongs to.
  document.getElementById('account-username').value = user.username;
  document.getElementById('profile-displayName').textContent = user.displayName;
  document.getElementById('profile-email').textContent = user.email || t('common.none');
  document.getElementById('profile-role').textContent = label('role', user.role);
  document.getElementById('profile-structure').textContent = user.structureName;
  const enrolling = !enrol.hidden;
  let state;
  if (user.totpEnabled) {
    state = t(may('DISABLE_TOTP') ? 'account.totp.on' : 'account.totp.on.required');
  } else {
    state = t('account.totp.off');
  }
  document.getElementById('totp-state').textContent = state;
  offerForm.hidden = !may('ENABLE_TOTP') || enrolling;
  // A role that requires a second factor (administrators) has no way to turn it off here.
  disableForm.hidden = !may('DISABLE_TOTP');
}

function stopEnrolment() {
  enrol.hidden = true;
  confirmForm.reset();
  render();
}

async function start() {
  initLanguage(); // before the session round trip, so the page never shows in the wrong language
  user = await requireUser();
  initChrome(user);
  render();
  onLanguageChange(render);

  onSubmit(passwordForm, async ({ currentPassword, newPassword, newPasswordConfirmation }) => {
    if ((newPassword || '') !== (newPasswordConfirmation || '')) {
      const control = fieldError(passwordForm, 'newPasswordConfirmation', t('account.password.mismatch'));
      say(t('account.password.mismatch'), 'error');
      control.focus();
      return;
    }
    user = await put('me/password', { currentPassword, newPassword });
    passwordForm.reset();
    render();
    say(t('account.password.changed'), 'success');
  });

  onSubmit(offerForm, async () => {
    const offer = await post('me/totp');
    document.getElementById('totp-secret').textContent = groupedSecret(offer.secret);
    document.getElementById('totp-uri').textContent = offer.uri;
    if ((offer.qr || '').startsWith('data:image/svg+xml')) {
      document.getElementById('totp-qr').src = offer.qr;
    }
    if (offer.uri.startsWith('otpauth://')) {
      document.getElementById('totp-link').href = offer.uri;
    }
    enrol.hidden = false;
    render();
    say(t('signin.enrol.status'), 'info');
    confirmForm.elements.code.focus();
  });

  document.getElementById('totp-cancel').addEventListener('click', () => {
    stopEnrolment();
    say(t('account.totp.cancelled'), 'info');
    offerForm.querySelector('button').focus();
  });

  onSubmit(confirmForm, async ({ code }) => {
    user = await post('me/totp/confirmation', { code });
    stopEnrolment();
    say(t('account.totp.enabled'), 'success');
    focusOn(document.getElementById('totp-title'));
  }, { fallbackField: 'code' });

  onSubmit(disableForm, async ({ code }) => {
    user = await post('me/totp/deactivation', { code });
    disableForm.reset();
    render();
    say(t('account.totp.disabled'), 'success');
    offerForm.querySelector('button').focus();
  }, { fallbackField: 'code' });
  markReady();
}

start().catch((error) => showError(error));
