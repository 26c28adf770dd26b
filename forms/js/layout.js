// The frame of every signed-in page: the main navigation for the user's role, the language
// switch and the sign-out button. Only pages that exist are linked.
import { applyTranslations, initLanguage } from './i18n.js';
import { pageUrl, signOut } from './session.js';
import { el, showError } from './ui.js';

const EVERYONE = ['ADMIN', 'COORDINATOR', 'TECHNICIAN', 'SOCIAL_WORKER', 'SUPPORT', 'PARTNER'];
const WORKSHOP = ['TECHNICIAN', 'COORDINATOR'];

/** The pages of the UI and who may open them; key names the label, describe the home card text. */
export const PAGES = [
  { path: 'home.html', key: 'nav.home', roles: EVERYONE },
  { path: 'workshop/board.html', key: 'nav.workshop', describe: 'nav.workshop.describe', roles: WORKSHOP },
  { path: 'workshop/donations.html', key: 'nav.donations', describe: 'nav.donations.describe', roles: WORKSHOP },
  { path: 'account.html', key: 'nav.account', describe: 'nav.account.describe', roles: EVERYONE },
  { path: 'admin/users.html', key: 'nav.users', describe: 'nav.users.describe', roles: ['ADMIN'] },
  {
    path: 'admin/structures.html',
    key: 'nav.structures',
    describe: 'nav.structures.describe',
    describeFor: { COORDINATOR: 'nav.structures.describe.readonly' },
    roles: ['ADMIN', 'COORDINATOR'],
  },
  { path: 'admin/tokens.html', key: 'nav.tokens', describe: 'nav.tokens.describe', roles: ['ADMIN'] },
  { path: 'admin/audit.html', key: 'nav.audit', describe: 'nav.audit.describe', roles: ['ADMIN'] },
];

export function pagesFor(role) {
  return PAGES.filter((page) => page.roles.includes(role));
}

function isCurrent(path) {
  return new URL(pageUrl(path)).pathname === window.location.pathname;
}

/** Fills the header for user and wires the language switch and the sign-out form. */
export function initChrome(user) {
  initLanguage();
  const list = document.querySelector('#main-nav ul');
  if (list && user) {
    list.replaceChildren(
      ...pagesFor(user.role).map((page) =>
        el(
          'li',
          {},
          el(
            'a',
            { href: pageUrl(page.path), 'aria-current': isCurrent(page.path) ? 'page' : null, 'data-i18n': page.key },
            ''
          )
        )
      )
    );
    applyTranslations(list);
  }
  const signOutForm = document.getElementById('signout-form');
  if (signOutForm) {
    signOutForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await signOut();
      } catch (error) {
        showError(error);
      }
    });
  }
}
