// The one inline script of dist/index.html (pinned by its sha256 in the CSP, src/csp.ts). It runs before
// the first paint, at the end of <body>:
//   0. a lawyer's code ('#/r/<payload>', FLOW.md §5): replaces the address with '#/r' at once (replaceState,
//      so the payload is in no history entry of this tab after this line) and hands the payload to the app
//      in memory, window.__asylumScreenerCode (src/lib/codeHandoff.ts takes it and deletes it); '#/r' speaks
//      the device's language (the browser's languages only, not ?lang= nor the tab's choice);
//   1. picks the language by the app's rule (src/lib/language.ts): ?lang=, then this tab's earlier choice
//      (sessionStorage), then Russian when any of the browser's languages is Russian, else English; on a
//      reload or a Back/Forward load (the navigation entry's type) the tab's choice comes before ?lang=;
//   2. picks the page by the hash: the start page (#/, none, or a fragment that is not a route such as
//      #main-content), the first question (#/location), or the page frame alone (any other route, e.g. a
//      reload at #/grounds: never the start page; and any page when this tab has answers, since the app then
//      shows "Continue" or the saved answer, not the prerendered page);
//   3. copies that prerendered <template> (src/prerender/render.tsx) into #root, gives its elements back
//      their ids (held as data-pre-* so that the six templates repeat none), marks #root with
//      data-prerendered="<page>", drops the static exit band, sets <html lang> and points the language link
//      at ?lang=<other> and this hash;
//   4. until the app has taken over (it removes data-prerendered), keeps the page's links working: a route
//      link (Start, Back, the footer's) shows its prerendered page, or the frame, with the focus on its heading
//      or main; Space presses Start as it would a button; Exit this page wipes this tab's storage and replaces
//      the page with the neutral site, as the app's does;
//   5. never lets a form be sent (a plain form would put the answers in the address, and the server's log):
//      a submit that the app has not handled (before it starts or while it hydrates) is stopped and remembered
//      (data-submit-pending on #root), and the question presses Continue again once it works;
//   6. lets the browser paint, then preloads the language's first-page words (src/i18n/firstPage.ts) and starts
//      the app with import() of the entry, which hydrates the page shown when it is what the app renders, and
//      replaces it otherwise (src/main.tsx); the rest of the words is preloaded behind it. The app never runs
//      before the page's largest paint: on the start page and the first question it starts when the browser
//      reports a largest-contentful-paint inside #root (the heading or the lead text, painted in the first
//      frame), else after two animation frames (the frame alone, or a browser without that entry type), at
//      the first key, pointer or hash change (the browser reports no largest paint after an input) or after
//      3 s (a hidden tab paints nothing).
//      Nothing is fetched before the first paint but the CSS: Lighthouse's simulation counts every request
//      started before the largest paint (a modulepreload of the entry in <head>, or an app started a frame
//      before the lead text was painted, made its simulated LCP wait for the whole script).
// Plain ES5 with no template literals: its text is hashed exactly as written here. (The hand-over property is
// src/lib/codeHandoff.ts's HANDOFF_PROPERTY, written out: this file is loaded by the build config, which
// imports nothing extensionless; boot.test.ts checks the two agree.)
export const BOOT_SCRIPT = [
  '(function () {',
  'var d = document, l = location, saved = null;',
  // 0. A lawyer's code: the payload leaves the address at once, into memory (src/lib/codeHandoff.ts).
  "var code = l.hash === '#/r' || l.hash.indexOf('#/r/') === 0;",
  "if (l.hash.indexOf('#/r/') === 0) {",
  '  window.__asylumScreenerCode = l.hash.slice(4);',
  "  try { history.replaceState(null, '', l.pathname + l.search + '#/r'); } catch (e) {}",
  '}',
  "try { saved = sessionStorage.getItem('asylum-screener-lang'); } catch (e) {}",
  "var q = /[?&]lang=(ru|en)(&|$)/.exec(l.search), chosen = saved === 'ru' || saved === 'en', nav = null;",
  "try { nav = performance.getEntriesByType('navigation')[0]; } catch (e) {}",
  "if (q && chosen && nav && (nav.type === 'reload' || nav.type === 'back_forward')) q = null;",
  'var langs = navigator.languages || [navigator.language || ""];',
  "var device = [].some.call(langs, function (x) { return /^ru/i.test(x); }) ? 'ru' : 'en';",
  "var lang = code ? device : q ? q[1] : chosen ? saved : device;",
  "var root = d.getElementById('root'), prefix = 'data-pre-', stored = null;",
  "try { stored = sessionStorage.getItem('asylum-screener'); } catch (e) {}",
  'var resumed = !!stored && !/"answers":\\{\\}/.test(stored);',
  'd.documentElement.lang = lang;',
  'function show() {',
  '  var h = l.hash;',
  "  var page = h.indexOf('#/') !== 0 || h === '#/' ? 'start' : h === '#/location' ? 'location' : 'frame';",
  "  if (resumed) page = 'frame';",
  "  var t = d.getElementById('pre-' + lang + '-' + page);",
  '  if (!t || !root) return false;',
  '  while (root.firstChild) root.removeChild(root.firstChild);',
  '  root.appendChild(t.content.cloneNode(true));',
  "  var all = root.querySelectorAll('*'), i, j, a;",
  '  for (i = 0; i < all.length; i++) {',
  '    for (j = all[i].attributes.length - 1; j >= 0; j--) {',
  '      a = all[i].attributes[j];',
  '      if (a.name.indexOf(prefix) === 0) { all[i].setAttribute(a.name.slice(prefix.length), a.value); all[i].removeAttribute(a.name); }',
  '    }',
  '  }',
  "  var sw = root.querySelector('a.language-switch'); if (sw) sw.setAttribute('href', '?lang=' + (lang === 'ru' ? 'en' : 'ru') + h);",
  "  root.setAttribute('data-prerendered', page);",
  '  return true;',
  '}',
  'if (show()) {',
  "  var band = d.getElementById('static-top-band'); if (band) band.parentNode.removeChild(band);",
  "  var before = function () { return root.hasAttribute('data-prerendered'); };",
  "  addEventListener('hashchange', function () {",
  "    if (!before() || (l.hash && l.hash.indexOf('#/') !== 0) || !show()) return;",
  "    var f = root.querySelector('h1') || d.getElementById('main-content'); if (f) f.focus(); scrollTo(0, 0);",
  '  });',
  "  d.addEventListener('keydown', function (e) {",
  "    if (before() && e.key === ' ' && e.target && e.target.getAttribute && e.target.getAttribute('role') === 'button' && e.target.href) { e.preventDefault(); e.target.click(); }",
  '  });',
  "  d.addEventListener('click', function (e) {",
  "    var exit = e.target && e.target.closest ? e.target.closest('a.exit-this-page__button') : null;",
  '    if (!exit || !before()) return;',
  '    e.preventDefault();',
  '    try { sessionStorage.clear(); } catch (x) {}',
  '    l.replace(exit.href);',
  '  });',
  '}',
  // No form of this app is ever sent: one that the app has not handled yet (not yet hydrated) is held, and
  // the question presses Continue again once it works (src/components/QuestionShell.tsx).
  "d.addEventListener('submit', function (e) {",
  "  var r = d.getElementById('root');",
  "  if (r && !e.defaultPrevented) { e.preventDefault(); r.setAttribute('data-submit-pending', ''); }",
  '});',
  // 6. Starts the app once the page's largest text is on the screen (see the comment above).
  "var meta = function (n) { return d.querySelector('meta[name=\"' + n + '\"]'); };",
  "var entry = meta('app-entry'), text = meta('app-text-' + lang), words = meta('app-words-' + lang), started = false;",
  'function preload(m) {',
  "  if (m) { var p = d.createElement('link'); p.rel = 'modulepreload'; p.href = m.content; d.head.appendChild(p); }",
  '}',
  'function start() {',
  '  if (started) return;',
  '  started = true;',
  '  setTimeout(function () { preload(text); import(entry.content); preload(words); }, 0);',
  '}',
  'function afterFrames() { requestAnimationFrame(function () { requestAnimationFrame(start); }); }',
  'if (entry) {',
  "  var painted = root && root.getAttribute('data-prerendered'), lcp = false;",
  "  try { lcp = !!painted && painted !== 'frame' && PerformanceObserver.supportedEntryTypes.indexOf('largest-contentful-paint') >= 0; } catch (e) {}",
  '  if (lcp) {',
  '    new PerformanceObserver(function (list, o) {',
  '      var all = list.getEntries(), i;',
  '      for (i = 0; i < all.length; i++) if (all[i].element && root.contains(all[i].element)) { o.disconnect(); start(); return; }',
  "    }).observe({ type: 'largest-contentful-paint', buffered: true });",
  "    ['keydown', 'pointerdown', 'hashchange'].forEach(function (t) { addEventListener(t, afterFrames, true); });",
  '    setTimeout(start, 3000);',
  '  } else afterFrames();',
  '}',
  '})();',
].join('\n');
