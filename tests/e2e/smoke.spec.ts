import { expect, test } from '@playwright/test';

test('start page renders and the first question opens', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-25T12:00:00'));
  await page.goto('/?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('asylum');
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(page).toHaveURL(/#\/location$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where are you now?');
  await page.screenshot({ path: 'tests/out/smoke.png', fullPage: true });
});
