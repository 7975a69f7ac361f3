// staticTextPlugin (dev and build): index.html's static words from locales/.
// prerenderPlugin (build only): writes the prerendered pages (src/prerender/render.tsx) into dist/index.html, with the boot
// script (src/prerender/boot.ts) that shows the right one before the first paint and starts the app after
// it. The entry chunk's <script> becomes a <meta name="app-entry"> and each language's text chunk is named
// in a <meta name="app-text-<lang>"> (the first page's words) and <meta name="app-words-<lang>"> (the rest): the
// boot script fetches them after the first paint. The CSP meta tag
// is written from src/csp.ts.
import type { Plugin } from 'vite';
import { runnerImport } from 'vite';
import { resolve } from 'node:path';
import { CSP } from '../csp.ts';
import { BOOT_SCRIPT } from './boot.ts';
import type { Prerendered } from './render.tsx';
import enStatic from '../../locales/en/static.json' with { type: 'json' };
import en from '../../locales/en/translation.json' with { type: 'json' };
import ruStatic from '../../locales/ru/static.json' with { type: 'json' };
import ru from '../../locales/ru/translation.json' with { type: 'json' };

function replaceOnce(html: string, pattern: RegExp, replacement: (...groups: string[]) => string, what: string): string {
  const match = pattern.exec(html);
  if (!match) throw new Error(`prerender: index.html has no ${what}`);
  return html.slice(0, match.index) + replacement(...match) + html.slice(match.index + match[0].length);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The text of a dotted key of a translation file ('exit.button'), or undefined. */
function lookUp(words: unknown, key: string): string | undefined {
  const value = key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), words);
  return typeof value === 'string' ? value : undefined;
}

/**
 * Dev and build: index.html's static words (the exit links of the static band, the lines inside <noscript>)
 * come from locales/ (static.json, which the app never loads, then translation.json): each is a marker
 * <!-- static-text:<lang>:<key> --> in index.html.
 */
export function staticTextPlugin(): Plugin {
  return {
    name: 'asylum-screener-static-text',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        return html.replace(/<!-- static-text:(ru|en):([\w.]+) -->/g, (_m, lang: string, key: string) => {
          const text = lang === 'ru' ? (lookUp(ruStatic, key) ?? lookUp(ru, key)) : (lookUp(enStatic, key) ?? lookUp(en, key));
          if (text === undefined) throw new Error(`index.html: locales/${lang}/static.json and translation.json have no ${key}`);
          return escapeHtml(text);
        });
      },
    },
  };
}

export function prerenderPlugin(): Plugin {
  let root = '';
  let base = '/';
  return {
    name: 'asylum-screener-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        const { module } = await runnerImport<{ prerender: () => Promise<Prerendered> }>(resolve(root, 'src/prerender/render.tsx'), {
          configFile: false,
          root,
          logLevel: 'error',
        });
        const { pages, noscript } = await module.prerender();

        // Each language's text: the first page's words (app-text-<lang>) and the rest (app-words-<lang>), src/i18n/wordsPlugin.ts.
        const textChunks: string[] = [];
        for (const item of Object.values(ctx.bundle ?? {})) {
          const match = item.type === 'chunk' && item.facadeModuleId ? /\/locales\/(ru|en)\/translation\.json\?part=(first|rest)$/.exec(item.facadeModuleId.replace(/\\/g, '/')) : null;
          if (match) textChunks.push(`<meta name="app-${match[2] === 'first' ? 'text' : 'words'}-${match[1]}" content="${base}${item.fileName}" />`);
        }
        if (textChunks.length !== 4) throw new Error(`prerender: expected the ru and en translation chunks (first page and rest), found ${textChunks.length}`);
        textChunks.sort();

        // index.html's comments are for us, not for a phone on mobile data (the templates' markers stay: hydration reads them).
        html = html.replace(/\s*<!--[\s\S]*?-->/g, '');
        html = replaceOnce(html, /(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/, (_m, a, b) => `${a}${CSP}${b}`, 'CSP meta tag');
        html = replaceOnce(
          html,
          /<script type="module" crossorigin src="([^"]+)"><\/script>/,
          (_m, src) => `<meta name="app-entry" content="${src}" />\n    ${textChunks.join('\n    ')}`,
          'entry module script',
        );
        const templates = (['ru', 'en'] as const)
          .flatMap((lng) => (['start', 'location', 'frame'] as const).map((page) => `<template id="pre-${lng}-${page}">${pages[lng][page]}</template>`))
          .join('\n    ');
        html = replaceOnce(html, /<div id="root"><\/div>/, () => `${templates}\n    <div id="root"></div>`, '#root');
        html = replaceOnce(
          html,
          /(<noscript>)([\s\S]*?)(<\/noscript>)/,
          (_m, open, message, close) =>
            `${open}${message}<div class="noscript-start width-container" lang="ru">${noscript.ru}</div><div class="noscript-start width-container" lang="en">${noscript.en}</div>${close}`,
          '<noscript>',
        );
        const end = html.lastIndexOf('</body>');
        if (end < 0) throw new Error('prerender: index.html has no </body>');
        html = `${html.slice(0, end)}  <script>${BOOT_SCRIPT}</script>\n  ${html.slice(end)}`;
        return html;
      },
    },
  };
}
