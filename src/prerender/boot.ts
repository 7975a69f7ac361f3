// The one inline script of dist/index.html (pinned by its sha256 in the CSP, src/csp.ts). It runs before
// the first paint, at the end of <body>:
//   1. picks the language by the app's rule (src/lib/language.ts): ?lang=, then this tab's earlier choice
//      (sessionStorage), then Russian when any of the browser's languages is Russian, else English;
//   2. picks the page by the hash: the start page (#/ or none), the first question (#/location), or the
//      page frame alone (any other step, e.g. a reload at #/grounds: never the start page);
//   3. copies that prerendered <template> (src/prerender/render.tsx) into #root, drops the static exit
//      band, sets <html lang> and points the language link at ?lang=<other>;
//   4. lets the browser paint, then (requestAnimationFrame → setTimeout) preloads the language's text and
//      starts the app with import() of the entry, which replaces the prerendered markup in one commit.
//      Nothing is fetched before the first paint but the CSS: Lighthouse's simulation counts every
//      high-priority request started before the paint (a modulepreload of the entry in <head> made its
//      simulated LCP wait for the whole script).
// Plain ES5 with no template literals: its text is hashed exactly as written here.
export const BOOT_SCRIPT = [
  '(function () {',
  'var d = document, l = location, saved = null;',
  "try { saved = sessionStorage.getItem('asylum-screener-lang'); } catch (e) {}",
  'var q = /[?&]lang=(ru|en)(&|$)/.exec(l.search);',
  'var langs = navigator.languages || [navigator.language || ""];',
  "var lang = q ? q[1] : saved === 'ru' || saved === 'en' ? saved : [].some.call(langs, function (x) { return /^ru/i.test(x); }) ? 'ru' : 'en';",
  'var h = l.hash;',
  "var page = h === '' || h === '#' || h === '#/' ? 'start' : h === '#/location' ? 'location' : 'frame';",
  "var t = d.getElementById('pre-' + lang + '-' + page), root = d.getElementById('root');",
  'd.documentElement.lang = lang;',
  'if (t && root) {',
  '  root.appendChild(t.content.cloneNode(true));',
  "  var band = d.getElementById('static-top-band'); if (band) band.parentNode.removeChild(band);",
  "  var sw = root.querySelector('a.language-switch'); if (sw) sw.setAttribute('href', '?lang=' + (lang === 'ru' ? 'en' : 'ru') + h);",
  '}',
  "var text = d.querySelector('meta[name=\"app-text-' + lang + '\"]'), entry = d.querySelector('meta[name=\"app-entry\"]');",
  'if (entry) requestAnimationFrame(function () {',
  '  setTimeout(function () {',
  "    if (text) { var p = d.createElement('link'); p.rel = 'modulepreload'; p.href = text.content; d.head.appendChild(p); }",
  '    import(entry.content);',
  '  }, 0);',
  '});',
  '})();',
].join('\n');
