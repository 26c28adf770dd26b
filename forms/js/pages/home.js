// The home of the signed-in user: who they are, what their role does in PackNum, and the pages
// their role opens.
import { initLanguage, label, onLanguageChange, t } from '../i18n.js';
import { initChrome, pageKey, pagesFor } from '../layout.js';
import { pageUrl, requireUser } from '../session.js';
import { el, markReady, showError } from '../ui.js';

function render(user) {
  document.getElementById('greeting').textContent = t('home.greeting', { name: user.displayName });
  document.getElementById('role-label').textContent = label('role', user.role);
  document.getElementById('structure-name').textContent = user.structureName;
  document.getElementById('role-description').textContent = t(`role.${user.role}.description`);
  document.getElementById('home-links').replaceChildren(
    ...pagesFor(user.role)
      .filter((page) => page.describe)
      .map((page) =>
        el(
          'li',
          {},
          el('a', { href: pageUrl(page.path) }, t(pageKey(page, user.role))),
          el('p', {}, t((page.describeFor && page.describeFor[user.role]) || page.describe))
        )
      )
  );
}

async function start() {
  initLanguage(); // before the session round trip, so the page never shows in the wrong language
  const user = await requireUser();
  initChrome(user);
  // The role, machine-readable, for tests and for styles that differ per role.
  document.getElementById('main').dataset.role = user.role;
  render(user);
  onLanguageChange(() => render(user));
  markReady();
}

start().catch((error) => showError(error));
