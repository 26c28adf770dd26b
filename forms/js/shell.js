// The shell every page shares, written once: the skip link, the site header (brand, main
// navigation, language switch, sign-out) and, on workshop pages, the scan box; and the footer.
// A page names what it needs: <pn-header></pn-header> (public pages: brand and language switch),
// <pn-header signed-in></pn-header> (navigation and sign-out), <pn-header signed-in scan></pn-header>
// (the workshop's scan box too), and <pn-footer></pn-footer>. The markup is rendered in the light
// DOM, so the page's CSS, its scripts (layout.js fills the navigation) and the tests see it as if it
// were written in the page. Texts carry their data-i18n keys; i18n.js translates them.
const ROOT = new URL('../', import.meta.url);

function url(path) {
  return new URL(path, ROOT).href;
}

function header(signedIn, scan) {
  const home = signedIn ? 'home.html' : 'index.html';
  const nav = signedIn
    ? `<nav id="main-nav" class="main-nav" aria-label="Navigation principale" data-i18n-attr="aria-label:nav.label">
        <ul></ul>
      </nav>`
    : '';
  const signOut = signedIn
    ? `<form id="signout-form" method="post">
          <button type="submit" class="button secondary" data-i18n="common.signout">Se déconnecter</button>
        </form>`
    : '';
  const scanBox = scan
    ? `<div class="header-scan">
      <form id="scan-form" class="scan-form" method="post" role="search" aria-label="Ouvrir un appareil par son étiquette" data-i18n-attr="aria-label:scan.region" novalidate>
        <label for="scan-tag" data-i18n="scan.label">Scanner ou saisir une étiquette</label>
        <input id="scan-tag" name="tag" type="text" class="scan-input" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="200" placeholder="PN-XXXXX-X" aria-describedby="scan-hint">
        <span id="scan-hint" class="visually-hidden" data-i18n="scan.hint">Par exemple PN-7K3QD-M ; majuscules et tirets facultatifs. Entrée ouvre la fiche de l’appareil.</span>
        <button type="submit" data-i18n="scan.submit">Ouvrir</button>
      </form>
    </div>`
    : '';
  return `<a class="skip-link" href="#main" data-i18n="common.skip">Aller au contenu principal</a>
  <header class="site-header">
    <div class="header-inner">
      <a class="brand" href="${url(home)}"><img src="${url('img/favicon.svg')}" alt=""> PackNum</a>
      ${nav}
      <div class="header-tools">
        <button type="button" class="button secondary" data-lang-switch lang="en">English</button>
        ${signOut}
      </div>
    </div>
    ${scanBox}
  </header>`;
}

/** <pn-header [signed-in] [scan]>: the skip link and the site header. */
class PackNumHeader extends HTMLElement {
  connectedCallback() {
    if (!this.hasChildNodes()) {
      this.innerHTML = header(this.hasAttribute('signed-in'), this.hasAttribute('scan'));
    }
  }
}

/** <pn-footer>: the site footer. */
class PackNumFooter extends HTMLElement {
  connectedCallback() {
    if (!this.hasChildNodes()) {
      this.innerHTML = `<footer class="site-footer">
    <p data-i18n="common.footer">PackNum — pack numérique solidaire : ordinateurs reconditionnés, connexion à petit prix et accompagnement.</p>
  </footer>`;
    }
  }
}

if (!customElements.get('pn-header')) {
  customElements.define('pn-header', PackNumHeader);
  customElements.define('pn-footer', PackNumFooter);
}
