// The cases the cross-engine runner (run.mjs) runs in every engine, written against its small engine
// adapter (firefox.mjs, webkit.mjs): goto, reload, back, forward, eval, element, click, type, drain.
// The walks follow the app's own rules: the question order and path come from flows/asylum/questions.ts
// and the expected outcome from flows/asylum/assess.ts, for today's date on this device (the app reads it
// from the device too).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sleep } from './util.mjs';

const STORAGE_KEY = 'asylum-screener';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = readFileSync(fileURLToPath(import.meta.resolve('axe-core/axe.min.js')), 'utf8');

// ---------------------------------------------------------------- locale text, read at run time

const localeCache = new Map();
function lookup(lang, ns, path) {
  const file = `${lang}/${ns}`;
  if (!localeCache.has(file)) {
    try {
      localeCache.set(file, JSON.parse(readFileSync(fileURLToPath(new URL(`../../locales/${file}.json`, import.meta.url)), 'utf8')));
    } catch {
      localeCache.set(file, undefined);
    }
  }
  let value = localeCache.get(file);
  for (const part of path.split('.')) value = value?.[part];
  return value;
}

/** The text of `key` in `lang` (translation namespace; a section moved into its own file is found there). */
export function tr(lang, key) {
  let value = lookup(lang, 'translation', key);
  if (value === undefined && key.includes('.')) {
    const [section, ...rest] = key.split('.');
    value = lookup(lang, section, rest.join('.'));
  }
  if (typeof value !== 'string') throw new Error(`No string at ${lang}:${key}`);
  return value;
}

// ---------------------------------------------------------------- functions run in the page
// (self-contained: they are sent to the browser as source text)

/** `<step in the URL>|<step the page shows>`, e.g. 'grounds|grounds'. */
function shownStep() {
  const step = window.location.hash.replace(/^#\/?/, '') || 'start';
  const forms = Array.from(document.querySelectorAll('main form'));
  let shown = 'loading';
  // The HTML prerendered at build time shows until the app takes over (after the first paint).
  if (document.querySelector('[data-prerendered]')) shown = 'prerendered';
  else if (document.querySelector('#summary h1')) shown = 'summary';
  else if (document.querySelector('main .button--start')) shown = 'start';
  else if (forms.length === 1) shown = forms[0].querySelector('input')?.name.replace(/-(day|month|year)$/, '') ?? 'form without inputs';
  return `${step}|${shown}`;
}

/** Where the page's h1 is, whether something covers it, and whether it has focus. */
function headingState() {
  const h1 = document.querySelector('main h1');
  if (!h1) return { found: false };
  const r = h1.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height, 24) / 2);
  const active = document.activeElement;
  const describe = (el) => (el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}` : 'none');
  return {
    found: true,
    text: h1.textContent.trim().slice(0, 60),
    top: Math.round(r.top),
    bottom: Math.round(r.bottom),
    viewport: window.innerHeight,
    scrollY: Math.round(window.scrollY),
    onScreen: r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth,
    uncovered: !!hit && h1.contains(hit),
    coveredBy: describe(hit),
    focused: !!active && (active === h1 || h1.contains(active)),
    active: describe(active),
  };
}

/** Scrolls `el` to the bottom of the screen (where a thumb presses) and says whether its centre is `el`. */
function prepareClick(el) {
  el.scrollIntoView({ block: 'end', inline: 'nearest' });
  const r = el.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  const ok = !!hit && (el === hit || el.contains(hit) || Array.from(el.labels ?? []).some((label) => label.contains(hit)));
  return { ok, hit: hit ? `${hit.tagName.toLowerCase()}.${String(hit.className).split(' ')[0]} "${(hit.textContent ?? '').trim().slice(0, 30)}"` : 'nothing' };
}

function findControl(name) {
  return Array.from(document.querySelectorAll('button, a, [role="button"]')).find((el) => el.textContent.trim() === name) ?? null;
}

function findOption(id, code) {
  const input = document.querySelector(`main form input[name="${id}"][value="${code}"]`);
  return input?.labels?.[0] ?? input;
}

// ---------------------------------------------------------------- the session: an engine plus assertions

export class Session {
  constructor(engine, { origin, rules, today }) {
    this.engine = engine;
    this.origin = origin;
    this.rules = rules;
    this.today = today;
  }

  /** Polls `fn(...args)` in the page until `accept(value)`; fails with `message` and the last value. */
  async waitFor(fn, args, accept, message, timeout = 10_000) {
    const until = Date.now() + timeout;
    let value;
    for (;;) {
      try {
        value = await this.engine.eval(fn, ...args);
        if (accept(value)) return value;
      } catch (error) {
        value = `error: ${error.message.split('\n')[0]}`;
      }
      if (Date.now() > until) throw new Error(`${message} (last: ${JSON.stringify(value)})`);
      await sleep(50);
    }
  }

  /** Opens the app at `path` (e.g. '/?lang=ru') with this tab's storage empty. */
  async open(path) {
    await this.engine.reset();
    await this.engine.goto(`${this.origin}${path}`);
    await this.expectStepShown();
  }

  /** Waits until the URL's step and the page shown agree (and settle); returns the step. */
  async expectStepShown(step) {
    const value = await this.waitFor(
      shownStep,
      [],
      (v) => /^(\w+)\|\1$/.test(v) && (!step || v === `${step}|${step}`),
      `the page shows ${step ?? 'the step its URL names'}`,
    );
    return value.split('|')[0];
  }

  /** The h1 is inside the viewport, not covered, and (after a step change) focused. */
  async expectHeading(where, { focused = true } = {}) {
    await this.waitFor(
      headingState,
      [],
      (s) => s.found && s.onScreen && s.uncovered && (!focused || s.focused),
      `${where}: the heading must be on screen${focused ? ' and focused' : ''}`,
      5_000,
    );
  }

  async lang() {
    return this.engine.eval(() => document.documentElement.lang);
  }

  /** A real click on the element `find(...args)` returns, pressed at the bottom of the screen. */
  async click(find, args, what) {
    const element = await this.engine.element(find, ...args);
    if (!element) throw new Error(`${what}: not found`);
    const state = await this.engine.eval(prepareClick, element);
    if (!state.ok) throw new Error(`${what}: its centre is covered by ${state.hit}`);
    await this.engine.click(element);
  }

  async clickNamed(name) {
    await this.click(findControl, [name], `"${name}"`);
  }

  async start() {
    await this.expectStepShown('start');
    await this.click(() => document.querySelector('main .button--start'), [], 'the Start button');
    await this.expectStepShown('location');
    await this.expectHeading('after Start');
  }

  async checkedCodes(id) {
    return this.engine.eval((name) => Array.from(document.querySelectorAll(`main form input[name="${name}"]:checked`)).map((i) => i.value), id);
  }

  /** Sets the controls of question `id` to `value` (a code, a list of codes, 'YYYY-MM-DD', or as a date's declaration allows 'YYYY-MM' or 'unknown'). */
  async fill(id, value) {
    const kind = this.rules.QUESTIONS[id].kind;
    if (kind === 'date') {
      // 'unknown' ticks "I don't know the date" (`<id>-unknown`); 'YYYY-MM' ticks "I don't remember the exact day" (`<id>-dayUnknown`).
      const box = value === 'unknown' ? 'unknown' : /^\d{4}-\d{2}$/.test(value) ? 'dayUnknown' : null;
      const field = async (name) => {
        const input = await this.engine.element((n) => document.querySelector(`main form input[name="${n}"]`), name);
        if (!input) throw new Error(`${name}: no such field`);
        const state = await this.engine.eval(prepareClick, input);
        if (!state.ok) throw new Error(`${name}: its centre is covered by ${state.hit}`);
        return input;
      };
      if (box) await this.engine.click(await field(`${id}-${box}`));
      if (value === 'unknown') return;
      const [year, month, day] = value.split('-');
      const parts = [['day', day === undefined ? null : String(Number(day))], ['month', String(Number(month))], ['year', year]].filter(([, text]) => text !== null);
      for (const [part, text] of parts) {
        const input = await field(`${id}-${part}`);
        if ((await this.engine.eval((el) => el.value, input)) !== '') throw new Error(`${id}-${part} is not empty`);
        await this.engine.click(input);
        await this.engine.type(input, text);
      }
      return;
    }
    const wanted = Array.isArray(value) ? value : [value];
    const checked = await this.checkedCodes(id);
    for (const code of checked) if (!wanted.includes(code)) await this.click(findOption, [id, code], `${id}=${code}`);
    for (const code of wanted) if (!checked.includes(code)) await this.click(findOption, [id, code], `${id}=${code}`);
    const now = await this.checkedCodes(id);
    if ([...now].sort().join() !== [...wanted].sort().join()) throw new Error(`${id}: ticked ${now.join(',')} instead of ${wanted.join(',')}`);
  }

  /** Answers the question shown (which must be `id`), presses Continue and checks the next step's heading. */
  async answer(id, value) {
    await this.expectStepShown(id);
    await this.fill(id, value);
    await this.click(() => document.querySelector('main form button[type="submit"]'), [], `Continue on ${id}`);
    await this.waitFor(shownStep, [], (v) => /^(\w+)\|\1$/.test(v) && !v.startsWith(`${id}|`), `Continue on ${id} moves on`);
    await this.expectHeading(`after answering ${id}`);
  }

  /**
   * Answers every question the app shows, taking each answer from `answers`, until the summary; checks
   * that the questions shown are the path the rules give, and returns the summary's data-outcome.
   */
  async walkToSummary(given) {
    // A question the walk does not mention (one added to the registry later) gets its typical answer.
    const answers = this.rules.completeAnswers(given, this.today);
    const seen = [];
    for (;;) {
      const step = await this.expectStepShown();
      if (step === 'summary') break;
      if (!(step in answers)) throw new Error(`the app asks ${step}, which this walk does not answer`);
      if (seen.length > 20) throw new Error(`no summary after ${seen.join(', ')}`);
      seen.push(step);
      await this.answer(step, answers[step]);
    }
    // From where this walk took over (a case may have answered the first questions itself).
    const fullPath = this.rules.questionPath(answers, this.today);
    const path = fullPath.slice(seen.length > 0 ? fullPath.indexOf(seen[0]) : fullPath.length).join(',');
    if (seen.join(',') !== path) throw new Error(`questions shown: ${seen.join(',')}; the rest of the path is ${path}`);
    return this.summaryOutcome();
  }

  async summaryOutcome() {
    await this.expectStepShown('summary');
    return this.engine.eval(() => document.getElementById('summary')?.getAttribute('data-outcome'));
  }

  expectedOutcome(answers) {
    return this.rules.assess(this.rules.completeAnswers(answers, this.today), this.today).outcome;
  }

  async expectAxeClean(where) {
    await this.engine.script(AXE_SOURCE);
    const violations = await this.engine.eval(
      (tags) =>
        window.axe
          .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
          .then((result) => result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)),
      AXE_TAGS,
    );
    if (violations.length > 0) throw new Error(`axe on ${where}: ${violations.join('; ')}`);
  }

  /** What this tab keeps for the app in sessionStorage (null when nothing). */
  async savedAnswers() {
    return this.engine.eval((key) => {
      const raw = sessionStorage.getItem(key);
      return raw ? (JSON.parse(raw).answers ?? null) : null;
    }, STORAGE_KEY);
  }
}

function expectEqual(actual, expected, what) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new Error(`${what}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
}

// ---------------------------------------------------------------- walks

/**
 * In the U.S., persecuted by the government for a political opinion, arrived 120 days ago with a visa:
 * in time, nothing in the way (may_qualify on any day).
 */
function recentArrivalWalk(rules, today) {
  // Completed by the registry's typical answers, so a question added later is answered too.
  return rules.completeAnswers(
    {
      location: 'in_us',
      minor: 'no',
      grounds: ['political'],
      harm: 'past_harm',
      harmBy: 'government',
      otherCountry: 'no',
      lastArrival: rules.addDays(today, -120),
      entry: 'visa',
      proceedings: 'no',
      priorDenial: 'no',
      bars: ['none'],
    },
    today,
  );
}

// ---------------------------------------------------------------- the cases

/** Each case: { name, run(session) }. The runner also fails a case on a console error or a request elsewhere. */
export const CASES = [
  {
    name: 'a walk in Russian reaches the right outcome, with every heading on screen and focused',
    async run(s) {
      const answers = recentArrivalWalk(s.rules, s.today);
      const expected = s.expectedOutcome(answers);
      expectEqual(expected, 'may_qualify', 'the rules for this walk');
      await s.open('/?lang=ru');
      expectEqual(await s.lang(), 'ru', '<html lang>');
      await s.expectHeading('the start page on load', { focused: false });
      await s.start();
      expectEqual(await s.walkToSummary(answers), expected, 'data-outcome');
      await s.expectHeading('the summary');
      // Russian dates: «10 марта 2026 г.» with a no-break space before «г.», so the year and «г.» never part.
      const dates = await s.engine.eval(() => {
        const text = document.getElementById('summary').textContent;
        return { plain: text.match(/\d{4} г\./g) ?? [], noBreak: text.match(/\d{4}\u00a0г\./g) ?? [] };
      });
      if (dates.plain.length > 0) throw new Error(`Russian dates with a breaking space before «г.»: ${dates.plain.join(', ')}`);
      if (dates.noBreak.length === 0) throw new Error('the Russian summary shows no date');
    },
  },
  {
    name: 'a walk in English through every question reaches the right outcome',
    async run(s) {
      // The longest path, the one the Chromium walks take too (flows/asylum/testing/fixtures.ts).
      const answers = s.rules.EVERY_QUESTION_ANSWERS;
      const expected = s.expectedOutcome(answers);
      expectEqual(expected, 'may_qualify_exception', 'the rules for this walk');
      await s.open('/?lang=en');
      expectEqual(await s.lang(), 'en', '<html lang>');
      await s.start();
      expectEqual(await s.walkToSummary(answers), expected, 'data-outcome');
      await s.expectHeading('the summary');
    },
  },
  {
    name: 'switching language mid-walk keeps the answers and the step',
    async run(s) {
      const answers = recentArrivalWalk(s.rules, s.today);
      await s.open('/?lang=en');
      await s.start();
      for (const id of ['location', 'minor', 'grounds']) await s.answer(id, answers[id]);
      await s.expectStepShown('harm');
      await s.clickNamed(tr('en', 'language.switchTo'));
      await s.waitFor(() => document.documentElement.lang, [], (v) => v === 'ru', 'the page turns Russian');
      await s.waitFor(() => document.querySelector('main h1')?.textContent.trim(), [], (v) => v === tr('ru', 'questions.harm.title'), 'the question is asked in Russian');
      expectEqual(await s.expectStepShown(), 'harm', 'the step after switching');
      await s.expectHeading('after switching language', { focused: false });
      // The earlier answers are still there: the in-page Back link shows them ticked.
      await s.click(() => document.querySelector('nav a.back-link'), [], 'the Back link');
      await s.expectStepShown('grounds');
      await s.expectHeading('after Back');
      expectEqual(await s.checkedCodes('grounds'), answers.grounds, 'grounds after switching');
      await s.clickNamed(tr('ru', 'language.switchTo'));
      await s.waitFor(() => document.documentElement.lang, [], (v) => v === 'en', 'the page turns English again');
      expectEqual(await s.checkedCodes('grounds'), answers.grounds, 'grounds after switching back');
      await s.answer('grounds', answers.grounds);
      expectEqual(await s.walkToSummary(answers), s.expectedOutcome(answers), 'data-outcome');
    },
  },
  {
    name: "the browser's back button returns to the previous question with its answer",
    async run(s) {
      const answers = recentArrivalWalk(s.rules, s.today);
      await s.open('/?lang=ru');
      await s.start();
      for (const id of ['location', 'minor', 'grounds']) await s.answer(id, answers[id]);
      await s.expectStepShown('harm');
      await s.engine.back();
      await s.expectStepShown('grounds');
      await s.expectHeading('after the browser’s back button');
      expectEqual(await s.checkedCodes('grounds'), answers.grounds, 'grounds after Back');
      await s.engine.back();
      await s.expectStepShown('minor');
      await s.expectHeading('after the browser’s back button twice');
      expectEqual(await s.checkedCodes('minor'), [answers.minor], 'minor after Back');
      await s.answer('minor', answers.minor);
      await s.expectStepShown('grounds');
    },
  },
  {
    // Issue 25: the switch drops ?lang= with replaceState, so the earlier entries differ in more than the
    // hash and Back fires popstate alone; a reload there must not bring the old ?lang= back either.
    name: "after a language switch, the browser's back and forward show each entry's step in the language chosen last",
    async run(s) {
      const answers = recentArrivalWalk(s.rules, s.today);
      await s.open('/?lang=en#/location');
      for (const id of ['location', 'minor', 'grounds']) await s.answer(id, answers[id]);
      await s.expectStepShown('harm');
      await s.clickNamed(tr('en', 'language.switchTo'));
      await s.waitFor(() => document.documentElement.lang, [], (v) => v === 'ru', 'the page turns Russian');
      const shows = async (id, where) => {
        expectEqual(await s.expectStepShown(id), id, where);
        if (!/\?lang=en#/.test(await s.engine.url())) throw new Error(`${where}: the entry has lost its ?lang=en (${await s.engine.url()})`);
        expectEqual(await s.lang(), 'ru', `<html lang> ${where}`);
        await s.waitFor(() => document.querySelector('main h1')?.textContent.trim(), [], (v) => v === tr('ru', `questions.${id}.title`), `${where}: the question is asked in Russian`);
        expectEqual(await s.checkedCodes(id), [answers[id]].flat(), `${id} ${where}`);
      };
      await s.engine.back();
      await shows('grounds', 'after Back');
      await s.expectHeading('after Back');
      await s.engine.back();
      await shows('minor', 'after Back twice');
      await s.engine.forward();
      await shows('grounds', 'after Forward');
      await s.engine.reload();
      await shows('grounds', 'after a reload');
    },
  },
  {
    name: 'a reload mid-walk keeps the step and the answers',
    async run(s) {
      const answers = recentArrivalWalk(s.rules, s.today);
      await s.open('/?lang=en');
      await s.start();
      for (const id of ['location', 'minor', 'grounds', 'harm']) await s.answer(id, answers[id]);
      await s.expectStepShown('harmBy');
      await s.engine.reload();
      await s.expectStepShown('harmBy');
      await s.expectHeading('after a reload', { focused: false });
      await s.click(() => document.querySelector('nav a.back-link'), [], 'the Back link');
      await s.expectStepShown('harm');
      expectEqual(await s.checkedCodes('harm'), [answers.harm], 'harm after a reload');
      await s.answer('harm', answers.harm);
      expectEqual(await s.walkToSummary(answers), s.expectedOutcome(answers), 'data-outcome');
    },
  },
  {
    name: 'Exit this page wipes the answers from the tab',
    allowsForeignNavigation: true,
    async run(s) {
      const answers = recentArrivalWalk(s.rules, s.today);
      await s.open('/?lang=ru');
      await s.start();
      for (const id of ['location', 'minor']) await s.answer(id, answers[id]);
      const before = await s.savedAnswers();
      expectEqual(before && { location: before.location, minor: before.minor }, { location: 'in_us', minor: 'no' }, 'saved answers before exiting');
      await s.engine.allowForeignNavigation(true);
      try {
        await s.clickNamed(tr('ru', 'exit.button'));
        // The page leaves for a neutral site on another origin (answered locally by the runner, or refused
        // by webkit-window.py): wait for the attempt.
        const until = Date.now() + 10_000;
        let foreign = [];
        while (foreign.length === 0 && Date.now() < until) {
          foreign = (await s.engine.drain()).foreign;
          if (foreign.length === 0) await sleep(100);
        }
        if (!foreign.some((url) => url.startsWith('https://'))) throw new Error(`Exit did not leave for a neutral https site: ${JSON.stringify(foreign)}`);
      } finally {
        await s.engine.allowForeignNavigation(false);
      }
      await s.engine.goto('about:blank');
      await s.engine.goto(`${s.origin}/?lang=ru#/grounds`);
      expectEqual(await s.expectStepShown(), 'location', 'the step after exiting and coming back');
      expectEqual(await s.checkedCodes('location'), [], 'location after exiting');
      expectEqual(await s.savedAnswers(), null, 'sessionStorage after exiting');
    },
  },
  {
    name: 'axe finds no WCAG 2.2 AA violation on the start page, a question and the summary',
    async run(s) {
      const answers = recentArrivalWalk(s.rules, s.today);
      await s.open('/?lang=ru');
      await s.expectAxeClean('the start page');
      await s.start();
      await s.expectAxeClean('the location question');
      // Straight to the summary: the answers saved in the tab as the app saves them.
      await s.engine.eval(
        (key, value) => {
          sessionStorage.setItem(key, JSON.stringify(value));
          history.replaceState(null, '', '#/summary');
        },
        STORAGE_KEY,
        { v: 1, answers, step: 'summary' },
      );
      await s.engine.reload();
      await s.expectStepShown('summary');
      await s.expectAxeClean('the summary');
    },
  },
  {
    // Issue 21 (FLOW.md §5): the text path, since these drivers cannot capture a download. The copied text is
    // read from a recording wrapper around the page's own clipboard call (the real one still runs), or from the
    // box the page shows when the clipboard refuses; it is pasted (insertText, as a paste inserts) in a fresh tab.
    name: 'a saved file copied as text opens in a fresh tab: the same step and answers, in the file’s language',
    async run(s) {
      const answers = recentArrivalWalk(s.rules, s.today);
      const passphrase = 'зелёный чайник 42 дождь';
      await s.open('/?lang=ru');
      await s.start();
      for (const id of ['location', 'minor', 'grounds']) await s.answer(id, answers[id]);
      await s.expectStepShown('harm');
      const saved = await s.savedAnswers();
      await s.clickNamed(tr('ru', 'save.link'));
      await s.waitFor(() => !!document.getElementById('save-form'), [], (v) => v, 'the save page shows its form');
      await s.expectHeading('the save page');
      const field = (form, name) => document.querySelector(`#${form} input[name="${name}"]`);
      for (const name of ['passphrase', 'passphrase-again']) {
        await s.click(field, ['save-form', name], name);
        await s.engine.type(await s.engine.element(field, 'save-form', name), passphrase);
      }
      await s.clickNamed(tr('ru', 'save.make'));
      await s.waitFor(() => document.activeElement?.textContent.trim(), [], (v) => v === tr('ru', 'save.readyTitle'), 'the file is made', 30_000);
      const fileName = await s.engine.eval(() => document.querySelector('main a[download]')?.getAttribute('download'));
      expectEqual(fileName, `notes-${s.today}.txt`, 'the download’s name');
      await s.engine.eval(() => {
        const clipboard = navigator.clipboard;
        if (!clipboard) return;
        const real = clipboard.writeText.bind(clipboard);
        clipboard.writeText = (text) => {
          window.__copied = text;
          return real(text);
        };
      });
      await s.clickNamed(tr('ru', 'save.copy'));
      const text = await s.waitFor(
        () => (document.querySelector('.saved-file__status')?.textContent ? window.__copied : document.getElementById('saved-file-text')?.value) ?? null,
        [],
        (v) => typeof v === 'string',
        'the text is copied (or shown to copy by hand)',
      );
      if (!/^\{"f":"sa","v":1,"kdf":"PBKDF2-SHA-256","it":600000,"salt":"[\w-]{22}","iv":"[\w-]{16}","ct":"[\w-]+"\}$/.test(text)) throw new Error(`not the file's format: ${text.slice(0, 80)}`);

      // A fresh tab in the browser's own language (nothing chosen there): the file's language wins.
      await s.open('/');
      const lang = await s.lang();
      await s.clickNamed(tr(lang, 'open.link'));
      await s.waitFor(() => !!document.getElementById('open-form'), [], (v) => v, 'the open page shows its form');
      await s.engine.eval((value) => {
        const box = document.querySelector('#open-form textarea[name="answers-text"]');
        box.focus();
        document.execCommand('insertText', false, value);
      }, text);
      await s.click(field, ['open-form', 'passphrase'], 'passphrase');
      await s.engine.type(await s.engine.element(field, 'open-form', 'passphrase'), passphrase);
      await s.clickNamed(tr(lang, 'open.submit'));
      await s.waitFor(shownStep, [], (v) => v === 'harm|harm', 'the file lands on the step it was saved at', 30_000);
      await s.expectHeading('after opening the file');
      expectEqual(await s.lang(), 'ru', '<html lang> after opening a Russian file');
      expectEqual(await s.savedAnswers(), saved, 'the answers after opening the file');
    },
  },
  {
    name: 'a console error in the page is caught (the check that every case has none can fail)',
    async run(s) {
      await s.open('/?lang=en');
      await s.engine.drain();
      await s.engine.eval(() => console.error('engines self-check: a console error'));
      const { errors } = await s.engine.drain();
      if (!errors.some((e) => e.includes('engines self-check: a console error'))) throw new Error(`the console error was not seen: ${JSON.stringify(errors)}`);
    },
  },
];
