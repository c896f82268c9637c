import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Locator, Page, Response } from 'playwright-core';
import { launchBrowser, signIn } from './browser.ts';
import { inContext, openDropdown } from './support.ts';

/**
 * 便民服务 console forms (issue 5 follow-up): the 秦江 community secretary adds a premises with a room and a
 * low-cost catalogue entry (price typed in yuan, sent as fen) and is offered no fund writes (fund:write is the
 * subdistrict's, decision 0019); the subdistrict administrator allocates, records an expenditure, and an
 * expenditure beyond the allocation is refused with the localised 409 message, nothing written.
 */
const baseUrl = inject('baseUrl');
let browser: Browser;
const suffix = String(Math.floor(Math.random() * 90_000) + 10_000);

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const answered = (page: Page, method: string, path: string | RegExp) => page.waitForResponse((r: Response) => {
  const p = new URL(r.url()).pathname;
  return r.request().method() === method && (typeof path === 'string' ? p === path : path.test(p));
});

/** Types into a form control by test id, whether the id sits on the <input> or on its wrapper (InputNumber). */
async function type(page: Page, id: string, text: string): Promise<void> {
  const el = page.getByTestId(id);
  const tag = await el.evaluate((n) => n.tagName);
  await (tag === 'INPUT' || tag === 'TEXTAREA' ? el : el.locator('input')).fill(text);
}

/** Picks an antd Select option whose title ends with `title` (a unit's title may carry its parent first). */
async function pick(page: Page, select: Locator, title: string): Promise<void> {
  await select.click();
  const option = openDropdown(page).locator(`.ant-select-item-option[title$="${title}"]`).first();
  await option.waitFor();
  await option.hover();
  await page.keyboard.press('Enter');
  await openDropdown(page).waitFor({ state: 'hidden' });
}

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true }).click();

describe('services console forms', () => {
  test('a community secretary adds a premises with a room and a catalogue entry; spending is recorded and over-budget is refused', async () => {
    const premisesName = `测试活动中心${suffix}`;
    const roomName = `书画室${suffix}`;
    const code = `E2E${suffix}`;
    await inContext(browser, 'secretary-premises-catalog', async (page) => {
      await signIn(page, baseUrl, 'secretary');
      await page.goto(`${baseUrl}/services`);
      await tab(page, '服务阵地');
      await page.getByTestId('premises-add').click();
      await pick(page, page.getByTestId('premises-unit'), '秦江社区');
      await type(page, 'premises-name', premisesName);
      await type(page, 'premises-area', '320');
      await type(page, 'premises-address', '秦江社区文化路8号');
      await type(page, 'premises-hours', '周一至周日 8:30-20:00');
      const created = answered(page, 'POST', '/api/services/premises');
      await page.getByTestId('premises-submit').click();
      const premises = await created;
      expect(premises.status()).toBe(200);
      const premisesId = ((await premises.json()) as { id: string }).id;

      await page.locator('tr', { hasText: premisesName }).getByTestId('room-add').click();
      await type(page, 'room-name', roomName);
      await type(page, 'room-capacity', '24');
      const roomAdded = answered(page, 'POST', `/api/services/premises/${premisesId}/rooms`);
      await page.getByTestId('room-submit').click();
      const withRoom = await roomAdded;
      expect(withRoom.status()).toBe(200);
      expect(((await withRoom.json()) as { rooms: { name: string; capacity: number }[] }).rooms).toEqual([expect.objectContaining({ name: roomName, capacity: 24 })]);

      await tab(page, '服务目录');
      await page.getByTestId('catalog-add').click();
      await pick(page, page.getByTestId('catalog-unit'), '秦江社区');
      await type(page, 'catalog-code', code);
      await type(page, 'catalog-name', `上门理发${suffix}`);
      await type(page, 'catalog-provider-name', '秦江社区志愿理发队');
      await pick(page, page.getByTestId('catalog-price-kind'), '低偿');
      await type(page, 'catalog-price', '12.5x');
      await page.getByTestId('catalog-submit').click();
      await page.getByText('请输入金额（元），最多两位小数，如 1234.50').waitFor();
      await type(page, 'catalog-price', '12.50');
      const catalogued = answered(page, 'POST', '/api/services/catalog');
      await page.getByTestId('catalog-submit').click();
      const entry = await catalogued;
      expect(entry.status()).toBe(200);
      expect(entry.request().postDataJSON()).toMatchObject({ code, priceKind: 'low_cost', priceFen: 1250 });
      await page.getByTestId(`catalog-row-${code}`).getByText('¥12.50').waitFor();

      // Funds are read-only for a community secretary, exactly as the API (fund:write is not theirs).
      await tab(page, '经费');
      await page.getByText('社区建设专项经费').first().waitFor();
      expect(await page.getByTestId('allocation-add').count()).toBe(0);
      expect(await page.getByTestId('expenditure-add').count()).toBe(0);
    });

    const purpose = `微心愿专项${suffix}`;
    await inContext(browser, 'admin-spends-and-over-budget', async (page) => {
      await signIn(page, baseUrl, 'admin');
      await page.goto(`${baseUrl}/services`);
      await tab(page, '经费');
      // This year's allocations (the demo's are in 2015), so the new one is on the first page.
      const year = String(new Date().getFullYear());
      const listed = answered(page, 'GET', '/api/funds/allocations');
      await type(page, 'funds-year', year);
      await listed;
      await page.getByTestId('allocation-add').click();
      await pick(page, page.getByTestId('allocation-unit'), '秦江社区');
      await type(page, 'allocation-purpose', purpose);
      await type(page, 'allocation-amount', '100');
      const allocated = answered(page, 'POST', '/api/funds/allocations');
      await page.getByTestId('allocation-submit').click();
      const allocation = await allocated;
      expect(allocation.status()).toBe(200);
      const body = (await allocation.json()) as { id: string; amountFen: number; year: number };
      expect(body).toMatchObject({ amountFen: 10000, year: Number(year) });
      const allocationId = body.id;
      const row = page.getByTestId(`allocation-row-${purpose}`);

      await row.getByTestId('expenditure-add').click();
      await type(page, 'expenditure-amount', '60.50');
      await type(page, 'expenditure-purpose', '购置慰问品');
      const spent = answered(page, 'POST', `/api/funds/allocations/${allocationId}/expenditures`);
      await page.getByTestId('expenditure-submit').click();
      const ok = await spent;
      expect(ok.status()).toBe(200);
      expect((await ok.json()) as object).toMatchObject({ amountFen: 10000, spentFen: 6050, remainingFen: 3950 });
      await row.getByText('¥39.50').waitFor();

      await row.getByTestId('expenditure-add').click();
      await type(page, 'expenditure-amount', '50');
      await type(page, 'expenditure-purpose', '追加慰问品');
      const refused = answered(page, 'POST', `/api/funds/allocations/${allocationId}/expenditures`);
      await page.getByTestId('expenditure-submit').click();
      expect((await refused).status()).toBe(409);
      await page.locator('.ant-message').getByText('支出超出拨款额度，须先经超预算审批').waitFor();
      await page.getByRole('dialog').getByRole('button', { name: /取\s*消/ }).click();
      await row.getByText('¥39.50').waitFor();
      expect(await row.getByText('¥60.50').count()).toBe(1);
    });
  });
});
