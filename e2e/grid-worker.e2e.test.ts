import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, signIn } from './browser.ts';
import { apiGet, apiLogin, apiLogout, inContext, subtree } from './support.ts';
import type { Paged, Resident, Unit } from './support.ts';

/**
 * 网格员 (秦江社区第一网格): sees only the residents of the own grid and its micro-grids; residents
 * elsewhere are neither listed, nor found by search, nor readable by id. Wrong passwords fail politely.
 */
const baseUrl = inject('baseUrl');
let browser: Browser;
/** Names of 秦江社区第一网格 and its micro-grids. */
let ownGridNames: Set<string>;
/** Residents in the grid worker's scope, as the admin counts them. */
let ownTotal: number;
/** A resident of 秦江社区第二网格 whose name matches nobody in the grid worker's scope. */
let outsider: Resident;
/** A resident of the own grid (positive control for the search). */
let insider: Resident;

const q = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

beforeAll(async () => {
  const setup = async () => {
    const admin = await apiLogin(baseUrl, 'admin');
    const units = (await apiGet<{ items: Unit[] }>(baseUrl, admin, '/api/territory/units')).items;
    const first = units.find((u) => u.kind === 'grid' && u.name === '秦江社区第一网格');
    const second = units.find((u) => u.kind === 'grid' && u.name === '秦江社区第二网格');
    if (!first || !second) throw new Error('demo data: 秦江社区第一/第二网格 not found');
    const own = subtree(units, first.id);
    const ownIds = new Set(own.map((u) => u.id));
    const ownList = await apiGet<Paged<Resident>>(
      baseUrl,
      admin,
      `/api/residents${q({ gridId: first.id, pageSize: '200' })}`,
    );
    const others = await apiGet<Paged<Resident>>(
      baseUrl,
      admin,
      `/api/residents${q({ gridId: second.id, pageSize: '200' })}`,
    );
    let found: Resident | undefined;
    // Prefer three-character names: fewer namesakes. The chosen name must match nobody in the own grid.
    for (const r of [...others.items].sort((a, b) => b.name.length - a.name.length)) {
      const hits = await apiGet<Paged<Resident>>(baseUrl, admin, `/api/residents${q({ q: r.name, pageSize: '200' })}`);
      if (hits.items.some((h) => h.id === r.id) && hits.items.every((h) => !ownIds.has(h.gridId))) {
        found = r;
        break;
      }
    }
    await apiLogout(baseUrl, admin);
    if (!found) throw new Error('demo data: no resident of 秦江社区第二网格 with a name unique to that grid');
    if (ownList.items.length === 0) throw new Error('demo data: 秦江社区第一网格 has no residents');
    return { own, ownTotal: ownList.total, outsider: found, insider: ownList.items[0] };
  };
  const [launched, data] = await Promise.all([launchBrowser(), setup()]);
  browser = launched;
  ownGridNames = new Set(data.own.map((u) => u.name));
  ownTotal = data.ownTotal;
  outsider = data.outsider;
  insider = data.insider;
});

afterAll(async () => {
  await browser?.close();
});

const rows = (page: Page): Locator => page.locator('tr[data-testid^="resident-row-"]');

/** Ids of the rows currently shown, once the table has finished loading. */
async function settledRowIds(page: Page): Promise<string[]> {
  await page.locator('.ant-table-wrapper .ant-spin-spinning').waitFor({ state: 'detached' });
  return rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
}

async function searchResidents(page: Page, text: string): Promise<void> {
  const answered = page.waitForResponse((r) => {
    const url = new URL(r.url());
    return url.pathname === '/api/residents' && url.searchParams.get('q') === text;
  });
  await page.getByTestId('residents-search').fill(text);
  await page.getByTestId('residents-search-submit').click();
  expect((await answered).status()).toBe(200);
}

/** A new dispute case through the drafts page's form (queued in the outbox when offline). */
async function draftCase(page: Page, place: string, description: string, party: string): Promise<void> {
  await page.getByTestId('new-case').click();
  await page.getByTestId('case-place').fill(place);
  await page.getByTestId('case-description').fill(description);
  await page.getByTestId('case-party-name').first().fill(party);
  await page.getByTestId('case-submit').click();
}

describe('grid worker', () => {
  test('sees only the residents of 秦江社区第一网格; others are neither found nor readable', async () => {
    await inContext(browser, 'grid-worker-scope', async (page) => {
      await signIn(page, baseUrl, 'grid');
      expect((await page.getByTestId('header-scope').innerText()).trim()).toBe('秦江社区第一网格');
      await page.getByTestId('menu-residents').click();
      await rows(page).first().waitFor();

      // The total matches the admin's count for the grid and its micro-grids.
      await expect
        .poll(async () => (await page.locator('.ant-pagination-total-text').innerText()).trim())
        .toBe(`共 ${ownTotal} 条`);

      // Every row on every page belongs to the own grid or one of its micro-grids.
      const headers = (await page.locator('.ant-table-thead th').allInnerTexts()).map((s) => s.trim());
      const gridColumn = headers.indexOf('所属网格');
      expect(gridColumn).toBeGreaterThanOrEqual(0);
      const seen = new Set<string>();
      for (let pageNo = 1; ; pageNo++) {
        const ids = await settledRowIds(page);
        expect(ids.length).toBeGreaterThan(0);
        const gridCells = (
          await rows(page)
            .locator(`td:nth-child(${gridColumn + 1})`)
            .allInnerTexts()
        ).map((s) => s.trim());
        expect(gridCells).toHaveLength(ids.length);
        for (const cell of gridCells) expect([...ownGridNames]).toContain(cell);
        for (const id of ids) seen.add(id);
        const next = page.locator('.ant-pagination-next');
        if ((await next.getAttribute('aria-disabled')) === 'true') break;
        await next.click();
        await expect
          .poll(async () => (await page.locator('.ant-pagination-item-active').innerText()).trim())
          .toBe(String(pageNo + 1));
        await expect.poll(async () => (await settledRowIds(page)).some((id) => seen.has(id))).toBe(false);
      }
      expect(seen.size).toBe(ownTotal);

      // Search works for an own resident…
      await searchResidents(page, insider.name);
      await page.getByTestId(`resident-row-${insider.id}`).waitFor();

      // …but finds nobody for a resident of another grid.
      await searchResidents(page, outsider.name);
      await expect.poll(async () => (await settledRowIds(page)).length).toBe(0);
      await page.locator('.ant-table-placeholder').waitFor();
      expect(await page.locator('body').innerText()).not.toContain(outsider.name);

      // Reading that resident by id through the API, in the grid worker's session: 404.
      const byId = await page.evaluate(async (id) => {
        const res = await fetch(`/api/residents/${id}`, {
          credentials: 'same-origin',
          headers: { accept: 'application/json' },
        });
        return { status: res.status, body: await res.text() };
      }, outsider.id);
      expect(byId.status).toBe(404);
      expect(byId.body).not.toContain(outsider.name);
      const own = await page.evaluate(
        async (id) => (await fetch(`/api/residents/${id}`, { credentials: 'same-origin' })).status,
        insider.id,
      );
      expect(own).toBe(200);
    });
  });

  test('a wrong password shows the localised error and stays on the login page', async () => {
    await inContext(browser, 'wrong-password', async (page) => {
      await page.goto(`${baseUrl}/login`);
      const attempt = async () => {
        await page.getByTestId('login-username').fill('grid');
        await page.getByTestId('login-password').fill('Wrong#Pass-2026');
        const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/auth/login');
        await page.getByTestId('login-submit').click();
        expect((await answered).status()).toBe(401);
      };
      const error = page.getByTestId('login-error');

      await attempt();
      await error.waitFor();
      expect((await error.innerText()).trim()).toBe('用户名或密码错误，或尝试次数过多，请稍后再试');
      expect(new URL(page.url()).pathname).toBe('/login');
      expect(await page.getByTestId('header-user').count()).toBe(0);
      await page.getByTestId('login-submit').waitFor();

      // In English, the same failure in English.
      await page.getByTestId('lang-switch').click();
      await expect.poll(async () => (await page.getByTestId('login-submit').innerText()).trim()).toBe('Sign in');
      await attempt();
      await expect
        .poll(async () => (await error.innerText()).trim())
        .toBe('Wrong user name or password, or too many attempts; try again later');
      expect(new URL(page.url()).pathname).toBe('/login');
      expect(await page.getByTestId('header-user').count()).toBe(0);
    });
  });

  test('PWA: after one online visit, /grid/today starts offline with an "offline" state and queues a draft; online again it is sent once', async () => {
    await inContext(browser, 'grid-worker-offline-start', async (page, context) => {
      const place = `离线冷启动-${Date.now()}`;
      const casesAt = async (name: string) => {
        const admin = await apiLogin(baseUrl, 'admin');
        const all = await apiGet<Paged<{ id: string; place: string }>>(baseUrl, admin, '/api/grid/cases?pageSize=200');
        await apiLogout(baseUrl, admin);
        return all.items.filter((c) => c.place === name);
      };
      const outboxCount = () => page.getByTestId('outbox').getAttribute('data-count');

      // One online visit: the service worker installs this build's shell and the page remembers the grids.
      await signIn(page, baseUrl, 'grid');
      await page.goto(`${baseUrl}/grid/today`);
      await page.locator('[data-testid^="today-grid-"]').first().waitFor();
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      const shell = await page.evaluate(async () => {
        const name = (await caches.keys()).find((k) => k.startsWith('jishi-shell-'));
        return name ? (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname) : [];
      });
      expect(shell).toContain('/');
      expect(shell.some((p) => /^\/assets\/today-page-.+\.js$/.test(p))).toBe(true);

      // The phone starts without a connection: the shell comes from the cache, no bounce to the login page.
      await context.setOffline(true);
      await page.reload();
      await page.getByTestId('offline-state').waitFor();
      await page.getByTestId('grid-today-page').waitFor();
      expect(new URL(page.url()).pathname).toBe('/grid/today');
      expect(await page.getByTestId('login-submit').count()).toBe(0);
      expect(await page.getByTestId('outbox').getAttribute('data-online')).toBe('false');

      // A draft is queued on the device.
      await draftCase(page, place, '离线冷启动时登记的纠纷（E2E）', '钱某');
      await expect.poll(outboxCount).toBe('1');
      expect(await casesAt(place)).toHaveLength(0);

      // Online again: the session is confirmed, the console comes back and the draft is sent once.
      await context.setOffline(false);
      await page.getByTestId('header-user').waitFor();
      await expect.poll(outboxCount, { timeout: 15_000 }).toBe('0');
      expect(await casesAt(place)).toHaveLength(1);

      // Signing out forgets the remembered grids with the drafts.
      expect(await page.evaluate(() => localStorage.getItem('jishi-grid-posts'))).not.toBeNull();
      await page.getByTestId('logout').click();
      await page.getByTestId('login-submit').waitFor();
      expect(await page.evaluate(() => localStorage.getItem('jishi-grid-posts'))).toBeNull();
    });
  });

  test('PWA on a shared phone: another user signing in without the first signing out sees none of their grids or drafts, online or offline', async () => {
    await inContext(browser, 'grid-worker-shared-phone', async (page, context) => {
      const place = `共用手机-${Date.now()}`;
      const cardIds = () =>
        page
          .locator('[data-testid^="today-grid-"]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid') ?? ''));
      const outboxCount = () => page.getByTestId('outbox').getAttribute('data-count');
      const owner = () => page.evaluate(() => localStorage.getItem('jishi-grid-owner'));
      // What IndexedDB holds (the panel's count starts at 0 before the store is read).
      const draftsOnDevice = () =>
        page.evaluate(
          () =>
            new Promise<number>((resolve, reject) => {
              const req = indexedDB.open('jishi-grid-outbox', 1);
              req.onupgradeneeded = () => req.result.createObjectStore('entries', { keyPath: 'key' });
              req.onerror = () => reject(req.error);
              req.onsuccess = () => {
                const db = req.result;
                const count = db.transaction('entries', 'readonly').objectStore('entries').count();
                count.onsuccess = () => {
                  db.close();
                  resolve(count.result);
                };
                count.onerror = () => reject(count.error);
              };
            }),
        );

      // User A (网格员) visits the drafts page online: the grids are remembered for A; then A queues a draft offline.
      await signIn(page, baseUrl, 'grid');
      await page.goto(`${baseUrl}/grid/today`);
      await page.locator('[data-testid^="today-grid-"]').first().waitFor();
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      const aGrids = await cardIds();
      expect(aGrids.length).toBeGreaterThan(0);
      const aOwner = await owner();
      expect(aOwner).not.toBeNull();
      await context.setOffline(true);
      await draftCase(page, place, '共用手机上甲留下的草稿（E2E）', '孙某');
      await expect.poll(outboxCount).toBe('1');
      expect(await draftsOnDevice()).toBe(1);

      // A's session ends without a sign-out (cookie gone, as after the timeouts); user B (社区工作者) signs in on the phone.
      await context.clearCookies();
      await context.setOffline(false);
      await signIn(page, baseUrl, 'worker');
      const bOwner = await owner();
      expect(bOwner).not.toBeNull();
      expect(bOwner).not.toBe(aOwner);
      expect(await draftsOnDevice()).toBe(0);

      // Online, B sees B's own grids only, and A's draft was deleted, never sent under B's session.
      await page.goto(`${baseUrl}/grid/today`);
      await page.locator('[data-testid^="today-grid-"]').first().waitFor();
      expect(await outboxCount()).toBe('0');
      for (const id of await cardIds()) expect(aGrids).not.toContain(id);

      // Offline start: the remembered grids are B's, none of A's; no draft of A's waits.
      await context.setOffline(true);
      await page.reload();
      await page.getByTestId('offline-state').waitFor();
      await page.getByTestId('grid-today-page').waitFor();
      await page.locator('[data-testid^="today-grid-"]').first().waitFor();
      for (const id of await cardIds()) expect(aGrids).not.toContain(id);
      expect(await draftsOnDevice()).toBe(0);
      expect(await outboxCount()).toBe('0');
      expect(await page.locator('body').innerText()).not.toContain(place);
      await context.setOffline(false);

      const admin = await apiLogin(baseUrl, 'admin');
      const all = await apiGet<Paged<{ id: string; place: string }>>(baseUrl, admin, '/api/grid/cases?pageSize=200');
      await apiLogout(baseUrl, admin);
      expect(all.items.filter((c) => c.place === place)).toHaveLength(0);
    });
  });
});
