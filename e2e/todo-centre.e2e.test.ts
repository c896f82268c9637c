import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, signIn } from './browser.ts';
import { apiGet, apiLogin, apiLogout, inContext } from './support.ts';

/**
 * 待办 (the to-do centre): the console's home is the signed-in user's to-do, with the header's badges and the figures
 * below; the statistics have their own page; a grid worker on a phone starts on today's page.
 */
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('to-do centre', () => {
  test('secretary: home shows her to-do (and says so kindly when empty), the badge, then the figures', async () => {
    const api = await apiLogin(baseUrl, 'secretary');
    const counts = await apiGet<{ total: number; urgent: number }>(baseUrl, api, '/api/todos/counts');
    await apiLogout(baseUrl, api);

    await inContext(browser, 'todo-home-secretary', async (page) => {
      await signIn(page, baseUrl, 'secretary');
      expect(new URL(page.url()).pathname).toBe('/');
      await page.getByTestId('home-todos').waitFor();
      expect((await page.getByTestId('menu-home').innerText()).trim()).toBe('首页');

      // The header badge carries the same counts as the API; it links home.
      const badge = page.getByTestId('header-todos');
      await expect.poll(() => badge.getAttribute('data-total')).toBe(String(counts.total));
      expect(await badge.getAttribute('data-urgent')).toBe(String(counts.urgent));
      expect(await badge.getAttribute('href')).toBe('/');
      expect(await page.getByTestId('header-messages').getAttribute('href')).toBe('/messages');

      // The list: grouped by kind with counts, or the kind empty state.
      await expect.poll(() => page.getByTestId('todo-total').getAttribute('data-total')).toBe(String(counts.total));
      if (counts.total === 0) {
        expect(await page.getByTestId('todo-empty').innerText()).toContain('今日暂无待办');
      } else {
        const groups = page.locator('[data-testid^="todo-group-"]');
        const sum = (await groups.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))))).reduce(
          (a, b) => a + b,
          0,
        );
        expect(sum).toBe(counts.total);
      }

      // The figures follow the to-do, and the full overview has its own page.
      await page.getByTestId('stat-residents').waitFor();
      await page.getByTestId('home-dashboard').click();
      await page.getByTestId('dashboard-at').waitFor();
      expect(new URL(page.url()).pathname).toBe('/dashboard');

      // The message centre opens from the badge.
      await page.getByTestId('header-messages').click();
      await page.getByTestId('messages-page').waitFor();
      await page.getByTestId('menu-home').click();
      await page.getByTestId('home-todos').waitFor();
    });
  });

  test('grid worker: on a phone signs in to today’s page with the to-do on top; on a desktop to the home page', async () => {
    await inContext(
      browser,
      'todo-grid-phone',
      async (page) => {
        await signIn(page, baseUrl, 'grid');
        await page.getByTestId('grid-today-page').waitFor();
        expect(new URL(page.url()).pathname).toBe('/grid/today');
        await page.getByTestId('today-todos').waitFor();
        // The to-do sits above the report cards.
        const card = page.locator('[data-testid^="today-grid-"]').first();
        await card.waitFor();
        const todoBox = await page.getByTestId('today-todos').boundingBox();
        const cardBox = await card.boundingBox();
        expect(todoBox && cardBox && todoBox.y < cardBox.y).toBe(true);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      },
      { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
    );
    await inContext(browser, 'todo-grid-desktop', async (page) => {
      await signIn(page, baseUrl, 'grid');
      await page.getByTestId('home-todos').waitFor();
      expect(new URL(page.url()).pathname).toBe('/');
    });
  });
});
