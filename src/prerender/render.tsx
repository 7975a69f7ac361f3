// Build time only (src/prerender/plugin.ts runs this in Node through Vite): the start page and the first
// question in each language, rendered with react-dom/server inside the app's page frame, plus the page
// frame alone (for a reload deep in a walk) and the start page's text for a browser without JavaScript.
// The app does not hydrate these: it starts after the first paint and replaces them in one commit.
import { renderToStaticMarkup } from 'react-dom/server';
import { Frame } from '../App';
import en from '../../locales/en/translation.json';
import ru from '../../locales/ru/translation.json';
import i18n, { LANGUAGES, type Lang } from '../i18n/i18n';
import { QuestionPage } from '../pages/QuestionPage';
import { StartPage } from '../pages/StartPage';

export type PrerenderedPage = 'start' | 'location' | 'frame';

export interface Prerendered {
  /** pages[lang][page]: the markup that goes into #root. */
  pages: Record<Lang, Record<PrerenderedPage, string>>;
  /** The start page's own markup (no frame), for <noscript>. */
  noscript: Record<Lang, string>;
}

const noop = () => undefined;

/** The header's language switch is a button in the app; before it starts, a link to ?lang=<other>. */
function switchAsLink(html: string): string {
  return html.replace(/<button type="button" class="language-switch"( lang="(ru|en)")>([^<]*)<\/button>/, (_m, attr: string, code: string, name: string) => `<a href="?lang=${code}" class="language-switch"${attr} hreflang="${code}">${name}</a>`);
}

export async function prerender(): Promise<Prerendered> {
  const pages = {} as Prerendered['pages'];
  const noscript = {} as Prerendered['noscript'];
  for (const lng of LANGUAGES) {
    // Static imports: the module runner that loads this file at build time allows no dynamic import().
    i18n.addResourceBundle(lng, 'translation', lng === 'ru' ? ru : en, true, true);
    await i18n.changeLanguage(lng);
    const render = (node: React.ReactNode) => switchAsLink(renderToStaticMarkup(node));
    pages[lng] = {
      start: render(
        <Frame onExit={noop} backHref={null} prerendered>
          <StartPage hasAnswers={false} focusHeading={false} onStart={noop} />
        </Frame>,
      ),
      location: render(
        <Frame onExit={noop} backHref="#/" prerendered>
          <QuestionPage id="location" answers={{}} today="2026-01-01" progress={{ number: 1 }} focusHeading={false} onAnswer={noop} />
        </Frame>,
      ),
      frame: render(<Frame onExit={noop} backHref={null} prerendered />),
    };
    // Without JavaScript the Start button would do nothing: left out.
    noscript[lng] = renderToStaticMarkup(<StartPage hasAnswers={false} focusHeading={false} onStart={noop} />).replace(/<div class="button-group">[\s\S]*?<\/div>/, '');
  }
  return { pages, noscript };
}
