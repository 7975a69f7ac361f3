// Seven people on a 360 × 740 phone, in Russian and in English: their outcome and first step on the first
// screen, the print control within two screens, the folded summary within four, and nothing that does not
// fit their branch. Then, for every outcome, the longest summary found by search over generated answer sets,
// in Russian, to the same limits. Then the printed summary opens every folded part.
import type { Answers } from '../../flows/asylum/answers';
import { addDays } from '../../flows/asylum/dates';
import { heaviestByOutcome } from '../../flows/asylum/testing/longest';
import { TODAY_ISO, expect, openWithAnswers, test, tr, walkOf, answersOf, type Lang } from './helpers';

const SCREEN = 740;

interface Person {
  answers: Answers;
  outcome: string;
  firstStep: string;
  /** Selectors that must not be in the summary at all (folded parts included). */
  absent: string[];
  /** Locale keys (summary namespace) whose text must not appear anywhere in the summary. */
  absentText: string[];
  /** Selectors that must be there. */
  present: string[];
}

const PEOPLE: Record<string, Person> = {
  'a mobilization refuser with a visa and a court case': {
    answers: { location: 'in_us', grounds: ['military_refusal'], harm: 'fear_only', lastArrival: '2026-02-10', entry: 'visa', proceedings: 'yes' },
    outcome: 'may_qualify',
    firstStep: 'hearing',
    absent: ['[data-step="expeditedRemoval"]', '[data-step="detentionInside"]'],
    absentText: [],
    present: ['[data-point="changeAddress"]', '[data-point="courtCompleteI589"]', '[data-point="annualAsylumFee"]', 'time[datetime]'],
  },
  'a Chechen man at a port of entry': {
    answers: { location: 'at_border', grounds: ['ethnicity', 'religion'], entry: 'parole' },
    outcome: 'credible_fear',
    firstStep: 'detentionBorder',
    absent: ['time[datetime]', '[data-point="fees"]', '[data-point="annualAsylumFee"]'],
    absentText: ['summary.entryRules.unknownDate'],
    present: ['[data-step="sayFear"]'],
  },
  'an LGBT woman still in Russia': {
    answers: { location: 'outside_us', grounds: ['lgbt'], harm: 'fear_only' },
    outcome: 'outside_us',
    firstStep: 'abroad',
    absent: ['time[datetime]', '[data-point]', 'details[data-part="family"]', 'a[href*="list-pro-bono"]', 'a[href*="recognition-accreditation"]'],
    absentText: ['summary.counts.translations', 'summary.filing.affirmativeNext'],
    present: ['a[href*="state.gov/refugee-admissions"]'],
  },
  'a 16-year-old who came alone, in the U.S.': {
    answers: { location: 'in_us', minor: 'yes', lastArrival: '2026-05-10', entry: 'between_ports' },
    outcome: 'may_qualify',
    firstStep: 'child',
    absent: ['[data-step="expeditedRemoval"]', '[data-step="detentionInside"]', '[data-flag="entry_review"]', 'details[data-part="family"]', '.summary-deadline-line:not(:has(time))'],
    absentText: ['summary.family.body', 'summary.deadline.daysLeft_other'],
    present: ['a[href*="kindusa.org"]', '.summary-deadline-line time[datetime]'],
  },
  'a 15-year-old alone at the border': {
    answers: { location: 'at_border', minor: 'yes', entry: 'between_ports' },
    outcome: 'may_qualify',
    firstStep: 'child',
    absent: ['[data-step="detentionBorder"]', '[data-flag="entry_review"]', '[data-flag="canada_stca"]', 'details[data-part="family"]', 'time[datetime]'],
    absentText: ['summary.family.body', 'summary.entryRules.atBorder'],
    present: ['a[href*="kindusa.org"]'],
  },
  'an opposition journalist whose deadline passed, with changed circumstances': {
    answers: { location: 'in_us', grounds: ['political'], lastArrival: '2024-03-11', entry: 'visa', exceptions: ['changed_circumstances'] },
    outcome: 'may_qualify_exception',
    firstStep: 'lateFiler',
    absent: ['[data-step="hearing"]'],
    absentText: [],
    present: ['details[data-part="otherProtection"]', '[data-point="thirdCountry"]'],
  },
  'a man who crossed between ports two months ago, with a court case, who preferred not to say about the bars': {
    answers: { location: 'in_us', lastArrival: addDays(TODAY_ISO, -61), entry: 'between_ports', proceedings: 'yes', bars: ['prefer_not_say'] },
    outcome: 'lawyer_first',
    firstStep: 'hearing',
    absent: ['[data-point="deportationFlights"]'],
    absentText: [],
    present: ['[data-step="expeditedRemoval"]', '[data-step="detentionInside"]', '[data-flag="bars_undisclosed"]'],
  },
};

/** Where things are on the page, in px from the top of the document, with every folded part closed. */
async function layout(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const top = (el: Element | null | undefined) => (el ? Math.round(el.getBoundingClientRect().top + window.scrollY) : null);
    const band = document.querySelector('header');
    const bandBottom = band && getComputedStyle(band).position === 'sticky' ? Math.round(band.getBoundingClientRect().bottom) : 0;
    const printButton = [...document.querySelectorAll('#summary button')].find((b) => /print|распечат/i.test(b.textContent ?? ''));
    return {
      bandBottom,
      now: top(document.querySelector('#summary-now')),
      nowBottom: Math.round((document.querySelector('#summary-now h2')?.getBoundingClientRect().bottom ?? 0) + window.scrollY),
      h1: top(document.querySelector('#summary h1')),
      print: top(printButton),
      height: document.documentElement.scrollHeight,
      openParts: document.querySelectorAll('#summary details[open]').length,
    };
  });
}

test.use({ viewport: { width: 360, height: SCREEN } });

/** The limits of FLOW.md §3 for a summary on screen, every longer part folded; returns where things are. */
async function expectFitsPhone(page: import('@playwright/test').Page, testInfo: import('@playwright/test').TestInfo) {
  const summary = page.locator('#summary');
  const steps = await summary.locator('#summary-now li').count();
  expect(steps).toBeGreaterThanOrEqual(1);
  expect(steps).toBeLessThanOrEqual(3);
  const where = await layout(page);
  testInfo.annotations.push({ type: 'layout', description: JSON.stringify(where) });
  expect(where.openParts, 'every longer part starts folded').toBe(0);
  expect(where.h1, 'the outcome headline on the first screen').toBeLessThan(SCREEN);
  expect(where.nowBottom, '"What to do now" starts on the first screen').toBeLessThanOrEqual(SCREEN);
  expect(where.now).toBeGreaterThanOrEqual(where.bandBottom);
  expect(where.print, 'the print control within the first two screens').not.toBeNull();
  expect(where.print ?? Infinity).toBeLessThan(2 * SCREEN);
  expect(where.height, 'the folded summary within four screens').toBeLessThanOrEqual(4 * SCREEN);
  return where;
}

for (const [who, person] of Object.entries(PEOPLE)) {
  for (const lang of ['ru', 'en'] as Lang[]) {
    test(`${who} (${lang}): outcome and first step on the first screen, print within two, at most four screens folded, nothing that does not fit`, async ({ page }, testInfo) => {
      await openWithAnswers(page, lang, answersOf(walkOf(person.answers)), 'summary');
      const summary = page.locator('#summary');
      await expect(summary).toHaveAttribute('data-outcome', person.outcome);
      await expect(summary.locator('#summary-now li').first()).toHaveAttribute('data-step', person.firstStep);
      await expectFitsPhone(page, testInfo);
      await page.screenshot({ path: testInfo.outputPath(`summary-${lang}-first.png`) });

      for (const selector of person.absent) await expect(summary.locator(selector), selector).toHaveCount(0);
      for (const selector of person.present) await expect(summary.locator(selector).first(), selector).toBeAttached();
      const text = (await summary.textContent()) ?? '';
      for (const key of person.absentText) expect(text, key).not.toContain(tr(lang, `summary:${key}`, { count: 2, date: '' }).slice(0, 40));
    });
  }
}

for (const [outcome, answers] of Object.entries(heaviestByOutcome(TODAY_ISO))) {
  test(`the longest summary found for ${outcome} (ru) fits the phone: print within two screens, at most four folded`, async ({ page }, testInfo) => {
    testInfo.annotations.push({ type: 'answers', description: JSON.stringify(answers) });
    await openWithAnswers(page, 'ru', answers, 'summary');
    await expect(page.locator('#summary')).toHaveAttribute('data-outcome', outcome);
    await expectFitsPhone(page, testInfo);
  });
}

test('printing opens every folded part, from the print control and from the browser’s own print (beforeprint)', async ({ page }) => {
  const person = PEOPLE['a mobilization refuser with a visa and a court case'];
  if (!person) throw new Error('no such person');
  await openWithAnswers(page, 'en', answersOf(walkOf(person.answers)), 'summary');
  const details = page.locator('#summary details');
  const total = await details.count();
  expect(total).toBeGreaterThan(4);
  await expect(page.locator('#summary details[open]')).toHaveCount(0);
  // The browser's menu (Ctrl+P, Share → Print): print media and the beforeprint event.
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('#summary details[open]')).toHaveCount(total);
  await expect(page.locator('[data-point="annualAsylumFee"]')).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('#summary details[open]')).toHaveCount(0);
  // The print control: window.print fires the same events.
  await page.evaluate(() => {
    window.print = () => {
      window.dispatchEvent(new Event('beforeprint'));
    };
  });
  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  await expect(page.locator('#summary details[open]')).toHaveCount(total);
});
