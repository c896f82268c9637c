import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import sharp from 'sharp';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, signIn } from './browser.ts';
import { apiGet, apiLogin, apiLogout, inContext, SCREENSHOT_DIR } from './support.ts';

/**
 * Grid governance on the demo subdistrict: on a phone-sized screen the grid worker of
 * 秦江社区第一网格 files a zero report, then with the network cut drafts a dispute case with a photo;
 * it waits on the device ("待发送") and is sent exactly once when the connection returns. The community
 * secretary sees compliance and escalates the overdue case; the subdistrict dashboard shows it.
 */
const baseUrl = inject('baseUrl');
let browser: Browser;
const place = `秦江路E2E-${Date.now() % 100000}号`;

interface CaseItem {
  id: string;
  place: string;
  status: string;
  level: string;
  gridName: string;
  timer: { warning: string };
}
interface CaseDetail extends CaseItem {
  photos: unknown[];
  parties: { name: string }[];
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A flow in a 360×740 phone context (touch, mobile user agent size); screenshot on failure. */
async function onPhone(name: string, flow: (page: Page, context: BrowserContext) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  try {
    await flow(page, context);
  } catch (err) {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page
      .screenshot({ path: join(SCREENSHOT_DIR, `${name}-${Date.now()}.png`), fullPage: true })
      .catch(() => undefined);
    throw err;
  } finally {
    await context.close();
  }
}

async function casesAt(placeName: string): Promise<CaseItem[]> {
  const admin = await apiLogin(baseUrl, 'admin');
  const all = await apiGet<{ items: CaseItem[] }>(baseUrl, admin, '/api/grid/cases?pageSize=200');
  await apiLogout(baseUrl, admin);
  return all.items.filter((c) => c.place === placeName);
}

/** A new dispute case through the drafts page's form, with an optional photo (queued in the outbox when offline). */
async function draftCase(page: Page, place: string, description: string, party: string, photo?: Buffer): Promise<void> {
  await page.getByTestId('new-case').click();
  await page.getByTestId('case-place').fill(place);
  await page.getByTestId('case-description').fill(description);
  await page.getByTestId('case-party-name').first().fill(party);
  if (photo)
    await page.getByTestId('case-photos').setInputFiles({ name: 'scene.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.getByTestId('case-submit').click();
}

/** Drafts kept in the device's IndexedDB outbox (0 when the store is gone). */
const storedDrafts = (page: Page): Promise<number> =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const req = indexedDB.open('jishi-grid-outbox');
        req.onsuccess = () => {
          if (!req.result.objectStoreNames.contains('entries')) return resolve(0);
          const count = req.result.transaction('entries').objectStore('entries').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );

describe('grid governance', () => {
  test('phone: zero report in one tap, then a case with a photo drafted offline is sent exactly once on reconnect', async () => {
    await onPhone('grid-phone', async (page, context) => {
      await signIn(page, baseUrl, 'grid');
      await page.goto(`${baseUrl}/grid/today`);
      await page.getByTestId('grid-today-page').waitFor();
      // Installable: the manifest is linked and the service worker takes control.
      expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe('/manifest.webmanifest');
      expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active))).toBe(true);
      const manifest = await page.evaluate(
        async () => (await fetch('/manifest.webmanifest')).json() as Promise<{ start_url: string; display: string }>,
      );
      expect(manifest).toMatchObject({ start_url: '/grid/today', display: 'standalone' });
      // The page fits the phone: nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

      const card = page.locator('[data-testid^="today-grid-"]').filter({ hasText: '秦江社区第一网格' });
      await expect.poll(() => card.getAttribute('data-reported')).toBe('false');
      await card.locator('[data-testid^="zero-report-"]').click();
      await card.getByTestId('today-reported').waitFor();
      expect(await card.getAttribute('data-reported')).toBe('true');

      // Cut the network, draft a case with a photo.
      const posted: number[] = [];
      page.on('response', (r) => {
        if (r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/grid/cases') posted.push(r.status());
      });
      await context.setOffline(true);
      await expect.poll(() => page.getByTestId('outbox').getAttribute('data-online')).toBe('false');
      const photo = await sharp({
        create: { width: 64, height: 48, channels: 3, background: { r: 30, g: 140, b: 90 } },
      })
        .jpeg()
        .toBuffer();
      await draftCase(page, place, '两户因共用水管漏水争执（E2E）', '王某', photo);
      // Kept on the device, visibly waiting.
      await expect.poll(() => page.getByTestId('outbox').getAttribute('data-count')).toBe('1');
      await page.getByTestId('outbox-entry').getByText('等待发送').waitFor();
      expect(await casesAt(place)).toHaveLength(0);

      // The draft is kept in IndexedDB on the device (not in page memory).
      expect(await storedDrafts(page)).toBe(1);

      // Back online: sent, once.
      await context.setOffline(false);
      await expect.poll(() => page.getByTestId('outbox').getAttribute('data-count'), { timeout: 15_000 }).toBe('0');
      const created = await casesAt(place);
      expect(created).toHaveLength(1);
      expect(posted.filter((s) => s === 200)).toHaveLength(1);
      const admin = await apiLogin(baseUrl, 'admin');
      const detail = await apiGet<CaseDetail>(baseUrl, admin, `/api/grid/cases/${created[0].id}`);
      await apiLogout(baseUrl, admin);
      expect(detail.photos).toHaveLength(1);
      expect(detail.parties.map((p) => p.name)).toEqual(['王某']);

      // Sign-out clears the drafts from the device: a draft made offline is gone after signing out.
      await context.setOffline(true);
      await draftCase(page, `${place}-草稿`, '未发送的草稿（E2E）', '赵某');
      await expect.poll(() => page.getByTestId('outbox').getAttribute('data-count')).toBe('1');
      await page.getByTestId('logout').click();
      // Offline, the sign-out request fails, but the drafts are cleared all the same.
      await expect.poll(() => storedDrafts(page)).toBe(0);
      await context.setOffline(false);
      expect(await casesAt(`${place}-草稿`)).toHaveLength(0);
    });
  });

  test('community secretary: compliance at a glance, escalates the overdue case; the subdistrict dashboard shows it', async () => {
    await inContext(browser, 'grid-secretary', async (page) => {
      await signIn(page, baseUrl, 'secretary');
      await page.goto(`${baseUrl}/grid/compliance`);
      await page.getByTestId('grid-compliance-page').waitFor();
      const row = page.locator('tr[data-testid^="compliance-row-"]').filter({ hasText: '秦江社区第一网格' });
      await expect.poll(async () => (await row.locator('td').nth(2).innerText()).trim()).toBe('1');

      await page.goto(`${baseUrl}/grid/cases`);
      const overdue = page
        .locator('tr[data-testid^="case-row-"][data-warning="red"]')
        .filter({ hasText: '秦江社区第一网格' })
        .first();
      await overdue.waitFor();
      await overdue.locator('a[data-testid^="case-link-"]').click();
      await page.getByTestId('grid-case-page').waitFor();
      expect(await page.getByTestId('grid-case-page').getAttribute('data-level')).toBe('grid');
      await page.getByTestId('case-action-escalate').click();
      await page.getByTestId('case-escalate-reason').fill('超过受理时限，社区介入协调');
      await page.getByTestId('case-action-confirm').click();
      await expect.poll(() => page.getByTestId('grid-case-page').getAttribute('data-level')).toBe('community');
      expect(await page.getByTestId('grid-case-page').getAttribute('data-status')).toBe('escalated');
    });

    await inContext(browser, 'grid-subdistrict', async (page) => {
      await signIn(page, baseUrl, 'admin');
      const admin = await apiLogin(baseUrl, 'admin');
      const d = await apiGet<{ byStatus: { key: string; count: number }[]; cases: number }>(
        baseUrl,
        admin,
        '/api/grid/dashboard',
      );
      await apiLogout(baseUrl, admin);
      await page.goto(`${baseUrl}/grid/dashboard`);
      await page.getByTestId('grid-dashboard-page').waitFor();
      const escalated = d.byStatus.find((s) => s.key === 'escalated')?.count ?? 0;
      expect(escalated).toBeGreaterThanOrEqual(2);
      await expect.poll(() => page.getByTestId('count-status-escalated').innerText()).toContain(String(escalated));
      await expect
        .poll(() => page.getByTestId('daily-rollup-text').innerText())
        .toContain('秦岭路街道矛盾纠纷排查日报');
    });
  });
});
