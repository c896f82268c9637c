import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, signIn } from './browser.ts';
import { inContext } from './support.ts';

/**
 * 数据看板: the subdistrict admin opens the dashboard, drills into a community and exports the annual report;
 * the staff console's login route stays small because dashboards and the portal load lazily.
 */
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('indicator dashboard', () => {
  test('the login route loads at most 300 KB of JavaScript (gzip)', async () => {
    await inContext(browser, 'login-js', async (page) => {
      const scripts: string[] = [];
      page.on('response', (r) => {
        if (r.url().endsWith('.js')) scripts.push(r.url());
      });
      await page.goto(`${baseUrl}/login`);
      await page.getByTestId('login-username').waitFor();
      await page.waitForLoadState('networkidle');
      let total = 0;
      for (const url of new Set(scripts)) total += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length;
      console.info(
        `[e2e] login route JavaScript: ${(total / 1024).toFixed(1)} KB gzip over ${new Set(scripts).size} files`,
      );
      expect(scripts.some((u) => /indicators-page|portal-layout|echarts/.test(u))).toBe(false);
      expect(total).toBeLessThanOrEqual(300 * 1024);
    });
  });

  test('admin opens the dashboard, drills into a community and exports the annual report', async () => {
    await inContext(browser, 'dashboard-drill-report', async (page) => {
      await signIn(page, baseUrl, 'admin');
      await page.getByTestId('menu-indicators').click();
      await page.getByTestId('indicators-page').waitFor();
      await page.getByTestId('card-territory.communities').waitFor();
      await page.getByTestId('trend-chart').locator('canvas').waitFor();
      const table = page.getByTestId('drill-table');
      const qinjiang = table.getByRole('button', { name: '秦江社区' });
      await qinjiang.click();
      await expect
        .poll(async () => (await page.getByTestId('ind-breadcrumb').innerText()).includes('秦江社区'))
        .toBe(true);
      await expect.poll(async () => (await table.innerText()).includes('网格')).toBe(true);
      // 秦江社区's grids have (demo) boundaries: the map is drawn from them, without tiles
      await page.getByTestId('grid-map').locator('canvas').waitFor();
      await page.getByTestId('ind-report-year').fill('2015');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('ind-report-docx').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.docx$/);
      // the file saved is a Word document (a zip container), not an error page
      const saved = await readFile(await download.path());
      expect(saved.subarray(0, 2).toString()).toBe('PK');
    });
  });

  test('the big screen shows the figures full-screen and says it refreshes itself', async () => {
    await inContext(browser, 'big-screen', async (page) => {
      await signIn(page, baseUrl, 'leader');
      await page.goto(`${baseUrl}/big-screen`);
      await page.getByTestId('big-screen').waitFor();
      await page.getByTestId('screen-workers.sunk_cadres').waitFor();
      expect(await page.getByTestId('screen-workers.sunk_cadres').innerText()).toContain('40');
      await page.getByTestId('screen-trend').locator('canvas').waitFor();
    });
  });
});
