// the whole walk with the keyboard only (Tab / Shift+Tab to move, arrows within a radio group,
// Space to tick, Enter to submit or follow a link); no mouse click anywhere.
import type { Page } from '@playwright/test';
import {
  FULL_WALK_EN,
  FULL_WALK_EN_OUTCOME,
  FULL_WALK_RU,
  FULL_WALK_RU_OUTCOME,
  dateParts,
  expect,
  expectShown,
  openApp,
  questionForm,
  stepUrl,
  test,
  type AnswerValue,
  type QuestionId,
  type Walk,
} from './helpers';

async function focusMatches(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
}

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`. */
async function tabTo(page: Page, selector: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press(key);
    if (await focusMatches(page, selector)) return;
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
  throw new Error(`${key} never reached ${selector} (focus on ${at})`);
}

async function expectFocus(page: Page, selector: string): Promise<void> {
  expect(await focusMatches(page, selector), `focus on ${selector}`).toBe(true);
}

async function answerByKeyboard(page: Page, id: QuestionId, value: AnswerValue): Promise<void> {
  const form = questionForm(page, id);
  if (typeof value !== 'string') {
    // Tick the wanted boxes from the last one back to the first: Tab forward, then Shift+Tab back.
    const order = await form.locator(`input[type="checkbox"][name="${id}"]`).evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    const wanted = [...value].sort((a, b) => order.indexOf(b) - order.indexOf(a));
    for (const [index, code] of wanted.entries()) {
      await tabTo(page, `input[type="checkbox"][name="${id}"][value="${code}"]`, index === 0 ? 'Tab' : 'Shift+Tab');
      await page.keyboard.press('Space');
      await expect(form.locator(`input[value="${code}"]`)).toBeChecked();
    }
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
  } else if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const parts = dateParts(value);
    await tabTo(page, `input[name="${id}-day"]`);
    await page.keyboard.type(parts.day);
    await page.keyboard.press('Tab');
    await expectFocus(page, `input[name="${id}-month"]`);
    await page.keyboard.type(parts.month);
    await page.keyboard.press('Tab');
    await expectFocus(page, `input[name="${id}-year"]`);
    await page.keyboard.type(parts.year);
    await page.keyboard.press('Enter'); // submits the form from the text field
  } else if (value === 'unknown' || /^\d{4}-\d{2}$/.test(value)) {
    // As the date's declaration allows: tick "I don't know the date", or "I don't remember the exact day" and
    // then type the month and year (the day is hidden).
    const box = `input[name="${id}-${value === 'unknown' ? 'unknown' : 'dayUnknown'}"]`;
    await tabTo(page, box);
    await page.keyboard.press('Space');
    await expect(form.locator(box)).toBeChecked();
    if (value !== 'unknown') {
      await tabTo(page, `input[name="${id}-month"]`, 'Shift+Tab');
      await page.keyboard.type(String(Number(value.slice(5, 7))));
      await page.keyboard.press('Tab');
      await expectFocus(page, `input[name="${id}-year"]`);
      await page.keyboard.type(value.slice(0, 4));
    }
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
  } else {
    // Tab enters the radio group on its first option; arrows move (and select) within it; Space ticks.
    await tabTo(page, `input[type="radio"][name="${id}"]`);
    for (let i = 0; i < 6 && !(await focusMatches(page, `input[value="${value}"]`)); i += 1) await page.keyboard.press('ArrowDown');
    await expectFocus(page, `input[value="${value}"]`);
    await page.keyboard.press('Space');
    await expectShown(page, id, value);
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
  }
  await page.waitForURL((url) => !stepUrl(id).test(url.href));
}

async function keyboardWalk(page: Page, lang: 'en' | 'ru', answers: Walk, outcome: string): Promise<void> {
  await openApp(page, `/?lang=${lang}`);

  // The first Tab shows the skip link.
  await page.keyboard.press('Tab');
  await expectFocus(page, 'a.skip-link');
  await expect(page.locator('a.skip-link')).toBeInViewport();

  await tabTo(page, '.button--start');
  await page.keyboard.press('Enter');
  for (const [id, value] of answers) {
    await expect(page).toHaveURL(stepUrl(id));
    await expect(page.locator('h1')).toBeFocused();
    await answerByKeyboard(page, id, value);
  }
  await expect(page).toHaveURL(stepUrl('summary'));
  await expect(page.locator('#summary')).toHaveAttribute('data-outcome', outcome);
  await expect(page.locator('h1')).toBeFocused();

  // Change an answer from the summary by keyboard (open the folded answers first), and come back to the summary,
  // where the focus is back on that answer's Change link.
  await tabTo(page, '#summary details[data-part="answers"] > summary');
  await page.keyboard.press('Enter');
  await tabTo(page, '#summary a[href="#/minor"]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(stepUrl('minor'));
  await expect(page.locator('h1')).toBeFocused();
  await expectShown(page, 'minor', 'no');
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(stepUrl('summary'));
  await expect(page.locator('#summary')).toHaveAttribute('data-outcome', outcome);
  await expect(page.locator('#change-minor')).toBeFocused();

  // The in-page Back link by keyboard.
  await tabTo(page, 'nav a.back-link', 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(stepUrl('bars'));
  await expectShown(page, 'bars', ['none']);
}

test('a keyboard-only walk in English', async ({ page }) => {
  await keyboardWalk(page, 'en', FULL_WALK_EN, FULL_WALK_EN_OUTCOME);
});

test('a keyboard-only walk in Russian', async ({ page }) => {
  await keyboardWalk(page, 'ru', FULL_WALK_RU, FULL_WALK_RU_OUTCOME);
});

test('an error summary link moves focus to the field, by keyboard', async ({ page }) => {
  await openApp(page, '/?lang=en#/location');
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press('Enter');
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await page.keyboard.press('Tab');
  await expectFocus(page, '.error-summary a');
  await page.keyboard.press('Enter');
  await expectFocus(page, 'input[name="location"]');
  await page.keyboard.press('Space');
  await expectShown(page, 'location', 'in_us');
});
