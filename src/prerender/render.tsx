// Build time only (src/prerender/plugin.ts runs this in Node through Vite): the start page and the first
// question in each language, rendered with react-dom/server inside the app's page frame exactly as the app
// renders them for a first visit (the app hydrates them: src/main.tsx), plus the page frame alone (for a
// reload deep in a walk, which the app replaces) and the start page's text for a browser without JavaScript.
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { Frame } from '../App';
import en from '../../locales/en/translation.json';
import ru from '../../locales/ru/translation.json';
import { splitWords } from '../i18n/firstPage';
import i18n, { LANGUAGES, type Lang } from '../i18n/i18n';
import { hashFor } from '../lib/route';
import { QuestionPage } from '../pages/QuestionPage';
import { StartPage } from '../pages/StartPage';

export type PrerenderedPage = 'start' | 'location' | 'frame';

export interface Prerendered {
  /** pages[lang][page]: the markup that goes into #root, its ids held as data-pre-* (see holdIds). */
  pages: Record<Lang, Record<PrerenderedPage, string>>;
  /** The start page's own markup (no frame, no Start button), for <noscript>. */
  noscript: Record<Lang, string>;
}

const noop = () => undefined;

/**
 * The six pages sit side by side in index.html's <template>s, which would repeat every id (main-content,
 * the question's heading, its options). Each id, and each attribute that points at one, is written as
 * data-pre-<name>; the boot script (src/prerender/boot.ts) gives them back to the one page it shows.
 * React escapes quotes in text, so only attributes match.
 */
const HELD_ATTRIBUTES = ['id', 'for', 'aria-describedby', 'aria-labelledby', 'aria-controls'] as const;
function holdIds(html: string): string {
  return html.replace(new RegExp(` (${HELD_ATTRIBUTES.join('|')})="`, 'g'), ' data-pre-$1="');
}

export async function prerender(): Promise<Prerendered> {
  const pages = {} as Prerendered['pages'];
  const noscript = {} as Prerendered['noscript'];
  const missing = new Set<string>();
  i18n.options.parseMissingKeyHandler = (key: string) => {
    missing.add(key);
    return key;
  };
  for (const lng of LANGUAGES) {
    // Static imports: the module runner that loads this file at build time allows no dynamic import().
    // Only the first page's words (src/i18n/firstPage.ts), as in the browser: a key these pages use that is
    // not listed there would show raw until the rest of the words came, so it fails the build.
    i18n.addResourceBundle(lng, 'translation', splitWords(lng === 'ru' ? ru : en).first, true, true);
    await i18n.changeLanguage(lng);
    // renderToString, not renderToStaticMarkup: hydration needs its markers (Suspense, text separators).
    const render = (node: React.ReactNode) => holdIds(renderToString(node));
    const start = <StartPage hasAnswers={false} focusHeading={false} startHref={hashFor('location')} onStart={noop} />;
    pages[lng] = {
      start: render(
        <Frame onExit={noop} shown="start" backHref={null}>
          {start}
        </Frame>,
      ),
      // The app renders the first question of an empty walk with its progress "1" and Back to the start page.
      location: render(
        <Frame onExit={noop} shown="location" backHref={hashFor('start')}>
          <QuestionPage id="location" answers={{}} today="2026-01-01" progress={{ number: 1 }} focusHeading={false} onAnswer={noop} />
        </Frame>,
      ),
      frame: render(<Frame onExit={noop} shown="" backHref={null} />),
    };
    if (missing.size > 0) throw new Error(`prerender: the first page uses ${[...missing].join(', ')}, not among the first page's words (src/i18n/firstPage.ts)`);
    // Without JavaScript the Start button would do nothing: left out.
    noscript[lng] = renderToStaticMarkup(start).replace(/<div class="button-group">[\s\S]*?<\/div>/, '');
  }
  return { pages, noscript };
}
