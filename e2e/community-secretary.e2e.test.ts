import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, signIn } from './browser.ts';
import {
  apiGet,
  apiLogin,
  apiLogout,
  inContext,
  makeIdNumber,
  makeMobile,
  pickSelectOption,
  subtree,
  textsOf,
} from './support.ts';
import type { Unit } from './support.ts';

/**
 * 社区书记 (秦江社区): territory scoped to the own community, a new resident whose ID number only
 * ever appears masked until an audited reveal, and the reveal's reason in the audit log.
 */
const baseUrl = inject('baseUrl');
let browser: Browser;
/** 秦江社区 and everything under it, and the other communities, from the admin's view of the tree. */
let qinjiangUnits: Unit[];
let otherCommunities: Unit[];

beforeAll(async () => {
  const [launched, units] = await Promise.all([
    launchBrowser(),
    (async () => {
      const admin = await apiLogin(baseUrl, 'admin');
      const list = await apiGet<{ items: Unit[] }>(baseUrl, admin, '/api/territory/units');
      await apiLogout(baseUrl, admin);
      return list.items;
    })(),
  ]);
  browser = launched;
  const qinjiang = units.find((u) => u.kind === 'community' && u.name === '秦江社区');
  if (!qinjiang) throw new Error('demo data: 秦江社区 not found');
  qinjiangUnits = subtree(units, qinjiang.id);
  otherCommunities = units.filter((u) => (u.kind === 'community' || u.kind === 'village') && u.id !== qinjiang.id);
});

afterAll(async () => {
  await browser?.close();
});

const MASK_STARS = '********';

async function signOut(page: Page): Promise<void> {
  await page.getByTestId('logout').click();
  await page.getByTestId('login-username').waitFor();
  expect(new URL(page.url()).pathname).toBe('/login');
}

describe('community secretary', () => {
  test('sees only 秦江社区, adds a resident with a masked ID, reveals it with a reason that the auditor sees', async () => {
    await inContext(browser, 'secretary-resident-reveal', async (page) => {
      await signIn(page, baseUrl, 'secretary');

      // Chinese UI by default.
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
      expect((await page.getByTestId('menu-territory').innerText()).trim()).toBe('网格区划');
      expect((await page.getByTestId('menu-residents').innerText()).trim()).toBe('居民信息');
      expect((await page.getByTestId('header-scope').innerText()).trim()).toBe('秦江社区');

      // Territory: exactly 秦江社区 with its grids and micro-grids; no other community.
      await page.getByTestId('menu-territory').click();
      const nodes = page.locator('[data-testid^="tree-node-"]');
      const qinjiang = qinjiangUnits[0];
      await page.getByTestId(`tree-node-${qinjiang.id}`).waitFor();
      const grids = qinjiangUnits.filter((u) => u.kind === 'grid');
      expect(grids.map((g) => g.name)).toEqual(
        expect.arrayContaining(['秦江社区第一网格', '秦江社区第二网格', '秦江社区企业专属网格']),
      );
      for (const unit of qinjiangUnits) {
        const node = page.getByTestId(`tree-node-${unit.id}`);
        await node.waitFor();
        expect(await node.innerText()).toContain(unit.name);
      }
      const shownIds = await nodes.evaluateAll((els) =>
        els.map((e) => e.getAttribute('data-testid')?.replace('tree-node-', '') ?? ''),
      );
      expect(shownIds.sort()).toEqual(qinjiangUnits.map((u) => u.id).sort());
      const treeText = await page.locator('.ant-tree').innerText();
      expect(otherCommunities.length).toBeGreaterThan(0);
      for (const other of otherCommunities) expect(treeText).not.toContain(other.name);
      expect(treeText).not.toContain('建西社区');

      // Residents: add one through the form.
      await page.getByTestId('menu-residents').click();
      await page.getByTestId('resident-add').click();
      const name = `测试居民${Math.floor(Math.random() * 90_000) + 10_000}`;
      const idNumber = makeIdNumber('19850612');
      const phone = makeMobile();
      const masked = `410102${MASK_STARS}${idNumber.slice(-4)}`;
      await page.getByTestId('resident-name').fill(name);
      await pickSelectOption(
        page,
        page.getByTestId('resident-grid'),
        '秦江社区第二网格',
        '秦江社区 / 秦江社区第二网格',
      );
      await page.getByTestId('resident-address').fill('秦江社区第二2号院3号楼301室');
      await page.getByTestId('resident-idNumber').fill(idNumber);
      await page.getByTestId('resident-phone').fill(phone);
      const created = page.waitForResponse(
        (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/residents',
      );
      await page.getByTestId('resident-submit').click();
      const createdRes = await created;
      expect(createdRes.status()).toBe(200);
      const resident = (await createdRes.json()) as { id: string; idNumberMasked: string | null };
      expect(resident.idNumberMasked).toBe(masked);
      await page.getByTestId('resident-name').waitFor({ state: 'detached' });

      // The new row: ID masked 6+4, the full number nowhere on the page.
      await page.getByTestId('residents-search').fill(name);
      await page.getByTestId('residents-search-submit').click();
      const row = page.getByTestId(`resident-row-${resident.id}`);
      await row.waitFor();
      expect((await row.getByTestId('resident-id-masked').innerText()).trim()).toBe(masked);
      expect(await row.innerText()).toContain('秦江社区第二网格');
      expect(await page.content()).not.toContain(idNumber);
      expect(await page.locator('body').innerText()).not.toContain(idNumber);
      expect(await page.content()).not.toContain(phone);

      // Open it: still masked; reveal with a reason shows the full number.
      await row.getByRole('button', { name }).click();
      const detailMasked = page.getByTestId('detail-id-masked');
      await detailMasked.waitFor();
      expect((await detailMasked.innerText()).trim()).toBe(masked);
      expect(await page.content()).not.toContain(idNumber);
      await page.getByTestId('resident-reveal').click();
      const reason = '核实低保申请材料';
      await page.getByTestId('reveal-reason').fill(reason);
      const revealed = page.waitForResponse(
        (r) => r.request().method() === 'POST' && new URL(r.url()).pathname === `/api/residents/${resident.id}/reveal`,
      );
      await page.getByTestId('reveal-submit').click();
      expect((await revealed).status()).toBe(200);
      const full = page.getByTestId('revealed-idNumber');
      await full.waitFor();
      expect((await full.innerText()).trim()).toBe(idNumber);
      expect((await page.getByTestId('revealed-phone').innerText()).trim()).toBe(phone);

      // Closing the drawer clears the revealed values.
      await page.locator('.ant-drawer-open .ant-drawer-close').click();
      await full.waitFor({ state: 'detached' });
      await detailMasked.waitFor({ state: 'detached' });
      expect(await page.content()).not.toContain(idNumber);

      // Sign out; the auditor finds the reveal with its reason.
      await signOut(page);
      await signIn(page, baseUrl, 'auditor');
      await page.getByTestId('menu-audit').click();
      const revealRow = page
        .locator('[data-testid^="audit-row-"]')
        .filter({ hasText: 'resident.reveal' })
        .filter({ hasText: resident.id });
      await revealRow.first().waitFor();
      expect(await revealRow.count()).toBe(1);
      const cells = await textsOf(revealRow.locator('td'));
      expect(cells).toContain('resident.reveal');
      expect(cells).toContain(reason);
      expect(cells).toContain('秦江社区书记（演示）');
      expect(cells.some((c) => c.includes(`resident · ${resident.id}`))).toBe(true);
    });
  });

  test('the language switch turns the UI to English and back', async () => {
    await inContext(browser, 'secretary-language-switch', async (page) => {
      await signIn(page, baseUrl, 'secretary');
      const territory = page.getByTestId('menu-territory');
      const residents = page.getByTestId('menu-residents');
      const langSwitch = page.getByTestId('lang-switch');
      expect((await territory.innerText()).trim()).toBe('网格区划');
      expect((await langSwitch.innerText()).trim()).toBe('English');

      await langSwitch.click();
      await expect.poll(async () => (await territory.innerText()).trim()).toBe('Territory');
      expect((await residents.innerText()).trim()).toBe('Residents');
      expect((await page.getByTestId('logout').innerText()).trim()).toBe('Sign out');
      expect((await page.getByTestId('header-role').innerText()).trim()).toBe('Community secretary / director');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect((await langSwitch.innerText()).trim()).toBe('中文');

      // The choice survives a reload.
      await page.reload();
      await territory.waitFor();
      await expect.poll(async () => (await territory.innerText()).trim()).toBe('Territory');

      await langSwitch.click();
      await expect.poll(async () => (await territory.innerText()).trim()).toBe('网格区划');
      expect((await residents.innerText()).trim()).toBe('居民信息');
      expect((await page.getByTestId('logout').innerText()).trim()).toBe('退出登录');
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    });
  });
});
