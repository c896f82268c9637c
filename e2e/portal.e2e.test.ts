import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';

/**
 * The residents' portal on a 360 × 740 phone: WCAG 2.1 AA (axe-core, no serious or critical violations)
 * on its main pages, and a resident in large-font mode who reads a notice and submits a proposal.
 */
const baseUrl = inject('baseUrl');
const DEMO_PHONE = '13800138000';
let browser: Browser;
let qinjiangId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const boards = await (await fetch(`${baseUrl}/api/public/boards`)).json() as { items: { id: string; name: string }[] };
  qinjiangId = boards.items.find((b) => b.name === '秦江社区')?.id as string;
});
afterAll(async () => { await browser?.close(); });

async function phone(run: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  context.setDefaultTimeout(15_000);
  try { await run(await context.newPage()); } finally { await context.close(); }
}

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

async function noHorizontalScroll(page: Page) {
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(wide).toBeLessThanOrEqual(360 + 1);
}

describe('residents\' portal', () => {
  test('main pages pass axe-core WCAG 2.1 AA (no serious or critical violations) and fit 360 px', async () => {
    await phone(async (page) => {
      for (const [path, testId] of [['/portal', 'portal-home'], [`/portal/communities/${qinjiangId}`, 'portal-community'], ['/portal/notices', 'portal-notices-pick'],
        [`/portal/notices/${qinjiangId}`, 'portal-notices'], ['/portal/login', 'portal-login']] as const) {
        await page.goto(`${baseUrl}${path}`);
        await page.getByTestId(testId).waitFor();
        await page.waitForLoadState('networkidle');
        expect(await seriousViolations(page), path).toEqual([]);
        await noHorizontalScroll(page);
      }
    });
  });

  test('in large-font mode a resident reads a notice, signs in with the phone and submits a proposal', async () => {
    await phone(async (page) => {
      await page.goto(`${baseUrl}/portal`);
      await page.getByTestId('pref-big-font').click();
      await expect.poll(() => page.evaluate(() => localStorage.getItem('jishi.portal.prefs'))).toContain('"bigFont":true');
      await page.getByTestId(`portal-community-${qinjiangId}`).click();
      await page.getByTestId('portal-community-notices').click();
      const notices = page.getByTestId('portal-notices');
      await notices.waitFor();
      const firstNotice = notices.locator('.ant-card').first();
      await firstNotice.waitFor();
      expect((await firstNotice.innerText()).length).toBeGreaterThan(10);
      const fontSize = await firstNotice.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(fontSize).toBeGreaterThanOrEqual(24);
      // the choice persists across visits
      await page.reload();
      await notices.waitFor();
      expect(await page.getByTestId('pref-big-font').getAttribute('aria-checked')).toBe('true');

      await page.getByTestId('portal-nav-propose').click();
      await page.getByTestId('portal-login').waitFor();
      await page.getByTestId('portal-phone').fill(DEMO_PHONE);
      await page.getByTestId('portal-password').fill('Demo#Pass-2026');
      await page.getByTestId('portal-password-submit').click();
      await page.getByTestId('portal-page').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      const title = `楼道加装扶手${Math.floor(Math.random() * 90_000) + 10_000}`;
      await page.getByTestId('propose-title').fill(title);
      await page.getByTestId('propose-content').fill('三号楼老人多，上下楼不方便，建议在楼道加装扶手。');
      const submit = page.getByTestId('propose-submit');
      const box = await submit.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
      await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/decisions/proposals') && r.request().method() === 'POST' && r.status() === 200), submit.click()]);
      await page.getByTestId('propose-done').waitFor();
      await noHorizontalScroll(page);
    });
  });
});
