import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { launchBrowser, signIn } from './browser.ts';
import { apiGet, apiLogin, apiLogout, inContext, makeMobile } from './support.ts';

/**
 * Party members and volunteers, in Chromium on the demo subdistrict:
 * an in-service Party member registers on a phone, signs up for an activity; the organiser checks
 * them in and out, records and verifies the hours; the member downloads the numbered certificate
 * and its number verifies on the public page. A leadership member logs a pairing visit and the
 * compliance view updates.
 */
const baseUrl = inject('baseUrl');
let browser: Browser;
const PHONE = { width: 360, height: 740 };

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Activity {
  id: string;
  title: string;
  heldOn: string;
  capacity: number;
  signedUp: number;
}

describe('volunteers', () => {
  test('register on a phone, sign up, hours verified by the organiser, certificate downloaded and verified publicly', async () => {
    let activity: Activity | undefined;
    let certificate = '';
    await inContext(browser, 'volunteer-member', async (page) => {
      await page.setViewportSize(PHONE);
      await signIn(page, baseUrl, 'member');
      await page.goto(`${baseUrl}/my/volunteer`);
      await page.getByTestId('my-volunteer-page').waitFor();

      // 在职党员到社区报到 from the phone.
      await page.getByTestId('reg-name').fill('在职党员（演示）');
      await page.getByTestId('reg-phone').fill(makeMobile());
      await page.getByTestId('reg-work-unit').fill('郑州市电力公司');
      await page.getByTestId('reg-work-org').fill('郑州市电力公司党委');
      await page.getByTestId('reg-skills').fill('电工维修');
      await page.getByTestId('reg-post').click();
      await page
        .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
        .first()
        .click();
      await page.getByTestId('reg-submit').click();
      await page.getByTestId('in-service-registered').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width + 1);

      // Sign up for the first open activity.
      const firstSignup = page.locator('[data-testid^="signup-"]').first();
      await firstSignup.waitFor();
      const id = (await firstSignup.getAttribute('data-testid'))!.replace('signup-', '');
      await firstSignup.click();
      await page.getByTestId(`my-activity-${id}`).getByText('已报名').waitFor();
      const session = await apiLogin(baseUrl, 'worker');
      activity = (await apiGet<{ items: Activity[] }>(baseUrl, session, '/api/volunteer/activities')).items.find(
        (a) => a.id === id,
      );
      await apiLogout(baseUrl, session);
      expect(activity).toBeDefined();

      // The organiser: check in and out (times entered after the fact), record the time served, verify.
      await inContext(browser, 'volunteer-organiser', async (org) => {
        await signIn(org, baseUrl, 'worker');
        await org.goto(`${baseUrl}/volunteering`);
        await org.getByTestId(`signups-${id}`).click();
        const drawer = org.getByTestId('signups-drawer');
        const row = drawer.getByTestId('signup-actions-党员（演示）');
        const today = new Date().toISOString().slice(0, 10);
        await drawer.getByTestId('signup-at').fill(`${today}T08:00`);
        await row.getByTestId('check-in').click();
        await row.getByTestId('check-out').waitFor();
        await drawer.getByTestId('signup-at').fill(`${today}T10:30`);
        await row.getByTestId('check-out').click();
        const minutes = row.locator('input[data-testid="minutes"], [data-testid="minutes"] input').first();
        await minutes.waitFor();
        await minutes.fill('90');
        await row.getByTestId('record-hours').click();
        await row.getByTestId('verify').click();
        await drawer.getByText('时长已审核').waitFor();
      });

      // Back on the phone: 1.5 verified hours, a numbered certificate, a PDF download.
      await page.reload();
      await expect
        .poll(async () => (await page.getByTestId('verified-hours').innerText()).replace(/\s/g, ''))
        .toContain('1.5');
      await page.getByTestId('issue-certificate').click();
      const number = page.getByTestId('certificate-number').first();
      await number.waitFor();
      certificate = (await number.innerText()).trim();
      expect(certificate).toMatch(/^ZYZ-\d{4}-[0-9A-Z]{10}$/);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId(`download-${certificate}`).click(),
      ]);
      expect(download.suggestedFilename()).toContain('.pdf');
      const path = await download.path();
      expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
    });

    // Anyone, without signing in, checks the number: masked name, hours, date.
    await inContext(browser, 'certificate-check', async (page) => {
      await page.setViewportSize(PHONE);
      await page.goto(`${baseUrl}/certificates`);
      await page.getByTestId('check-number').fill(certificate);
      await page.getByTestId('check-submit').click();
      await page.getByTestId('check-result').waitFor();
      expect(await page.getByTestId('check-hours').innerText()).toBe('1.5');
      expect(await page.getByTestId('check-name').innerText()).toMatch(/^党\*+$/);
      await page.getByTestId('check-number').fill('ZYZ-2015-AAAAAAAAAA');
      await page.getByTestId('check-submit').click();
      await page.getByTestId('check-error').waitFor();
    });
  });

  test('a leadership member logs a pairing visit and the compliance view updates', async () => {
    await inContext(browser, 'pairing-visit', async (page) => {
      const session = await apiLogin(baseUrl, 'leader');
      const pairs = (
        await apiGet<{ items: { targetName: string; mine: boolean; overdue: boolean; helperName: string }[] }>(
          baseUrl,
          session,
          '/api/pairing/pairs',
        )
      ).items;
      await apiLogout(baseUrl, session);
      const overdue = pairs.find((p) => p.mine && p.overdue);
      if (!overdue) throw new Error('demo data: the leader has no overdue pairing');

      await signIn(page, baseUrl, 'leader');
      await page.goto(`${baseUrl}/pairing`);
      const helperRow = page.getByTestId(`helper-${overdue.helperName}`);
      await expect.poll(() => helperRow.getByTestId('helper-overdue').innerText()).toBe('1');
      await page.getByTestId(`log-contact-${overdue.targetName}`).click();
      await page.getByTestId('contact-note').fill('入户走访，了解生活困难并送去米面油');
      await page
        .locator('.ant-modal')
        .getByRole('button', { name: /确\s*定|OK/ })
        .click();
      await expect.poll(() => helperRow.getByTestId('helper-overdue').innerText()).toBe('0');
      expect(await helperRow.getByTestId('helper-targets').innerText()).toBe('3 / 3');
    });
  });
});
