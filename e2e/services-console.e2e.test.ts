import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import sharp from 'sharp';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, signIn } from './browser.ts';
import { inContext, openDropdown } from './support.ts';
import { answered, clickOk } from './services-support.ts';

/**
 * 便民服务 console forms: the 秦江 community secretary adds a premises with a room and a
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

/** Types into a form control by test id, whether the id sits on the <input> or on its wrapper (InputNumber). */
async function type(page: Page, id: string, text: string): Promise<void> {
  const el = page.getByTestId(id);
  const tag = await el.evaluate((n) => n.tagName);
  await (tag === 'INPUT' || tag === 'TEXTAREA' ? el : el.locator('input')).fill(text);
}

/** Picks an antd Select option whose title ends with `title` (a unit's title may carry its parent first). */
async function pick(page: Page, select: Locator, title: string, match: '$=' | '^=' = '$='): Promise<void> {
  await select.click();
  const option = openDropdown(page).locator(`.ant-select-item-option[title${match}"${title}"]`).first();
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
      const premises = await clickOk(page, page.getByTestId('premises-submit'), 'POST', '/api/services/premises');
      const premisesId = ((await premises.json()) as { id: string }).id;

      await page.locator('tr', { hasText: premisesName }).getByTestId('room-add').click();
      await type(page, 'room-name', roomName);
      await type(page, 'room-capacity', '24');
      const withRoom = await clickOk(
        page,
        page.getByTestId('room-submit'),
        'POST',
        `/api/services/premises/${premisesId}/rooms`,
      );
      expect(((await withRoom.json()) as { rooms: { name: string; capacity: number }[] }).rooms).toEqual([
        expect.objectContaining({ name: roomName, capacity: 24 }),
      ]);

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
      const entry = await clickOk(page, page.getByTestId('catalog-submit'), 'POST', '/api/services/catalog');
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
      const allocation = await clickOk(page, page.getByTestId('allocation-submit'), 'POST', '/api/funds/allocations');
      const body = (await allocation.json()) as { id: string; amountFen: number; year: number };
      expect(body).toMatchObject({ amountFen: 10000, year: Number(year) });
      const allocationId = body.id;
      const row = page.getByTestId(`allocation-row-${purpose}`);

      await row.getByTestId('expenditure-add').click();
      await type(page, 'expenditure-amount', '60.50');
      await type(page, 'expenditure-purpose', '购置慰问品');
      const ok = await clickOk(
        page,
        page.getByTestId('expenditure-submit'),
        'POST',
        `/api/funds/allocations/${allocationId}/expenditures`,
      );
      expect((await ok.json()) as object).toMatchObject({ amountFen: 10000, spentFen: 6050, remainingFen: 3950 });
      await row.getByText('¥39.50').waitFor();

      await row.getByTestId('expenditure-add').click();
      await type(page, 'expenditure-amount', '50');
      await type(page, 'expenditure-purpose', '追加慰问品');
      const refused = answered(page, 'POST', `/api/funds/allocations/${allocationId}/expenditures`);
      await page.getByTestId('expenditure-submit').click();
      expect((await refused).status()).toBe(409);
      await page.locator('.ant-message').getByText('支出超出拨款额度，须先经超预算审批').waitFor();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /取\s*消/ })
        .click();
      await row.getByText('¥39.50').waitFor();
      expect(await row.getByText('¥60.50').count()).toBe(1);
    });

    // A subdistrict leader's explicit over-budget approval (fund:approve) lets the same expenditure through, flagged.
    await inContext(browser, 'leader-approves-then-admin-spends', async (page) => {
      const year = String(new Date().getFullYear());
      await signIn(page, baseUrl, 'leader');
      await page.goto(`${baseUrl}/services`);
      await tab(page, '经费');
      await type(page, 'funds-year', year);
      const row = page.getByTestId(`allocation-row-${purpose}`);
      expect(await row.getByTestId('expenditure-add').count()).toBe(0);
      await row.getByTestId('approval-add').click();
      await type(page, 'approval-extra', '20');
      await type(page, 'approval-reason', '慰问对象增加');
      const approval = await clickOk(
        page,
        page.getByTestId('approval-submit'),
        'POST',
        /^\/api\/funds\/allocations\/[^/]+\/approvals$/,
      );
      expect((await approval.json()) as object).toMatchObject({ approvedExtraFen: 2000, remainingFen: 5950 });
    });
    await inContext(browser, 'admin-spends-under-approval', async (page) => {
      await signIn(page, baseUrl, 'admin');
      await page.goto(`${baseUrl}/services`);
      await tab(page, '经费');
      await type(page, 'funds-year', String(new Date().getFullYear()));
      const row = page.getByTestId(`allocation-row-${purpose}`);
      await row.getByTestId('expenditure-add').click();
      await type(page, 'expenditure-amount', '50');
      await type(page, 'expenditure-purpose', '追加慰问品');
      const res = await clickOk(
        page,
        page.getByTestId('expenditure-submit'),
        'POST',
        /^\/api\/funds\/allocations\/[^/]+\/expenditures$/,
      );
      const body = (await res.json()) as {
        spentFen: number;
        expenditures: { amountFen: number; beyondAllocation: boolean }[];
      };
      expect(body.spentFen).toBe(11050);
      expect(body.expenditures.find((e) => e.amountFen === 5000)?.beyondAllocation).toBe(true);
    });
  }, 180_000);

  test('the other console forms submit: project and its start, provider with agreement and service, brand, honour, reception turned into a request', async () => {
    await inContext(browser, 'secretary-other-forms', async (page) => {
      const ok = (method: string, path: string | RegExp, submitId: string) =>
        clickOk(page, page.getByTestId(submitId), method, path);
      await signIn(page, baseUrl, 'secretary');
      await page.goto(`${baseUrl}/services`);

      await tab(page, '建设项目');
      const projectName = `适老化改造${suffix}`;
      await page.getByTestId('project-add').click();
      await pick(page, page.getByTestId('project-premises'), '秦江社区', '^=');
      await type(page, 'project-name', projectName);
      await type(page, 'project-budget', '35000.8');
      await type(page, 'project-fund-source', '社区建设专项经费');
      await type(page, 'project-area', '40');
      const project = await ok('POST', '/api/services/projects', 'project-submit');
      expect(project.request().postDataJSON()).toMatchObject({ budgetFen: 3_500_080, plannedAreaM2: 40 });
      await page.locator('tr', { hasText: projectName }).getByTestId('project-start').click();
      await ok('POST', /^\/api\/services\/projects\/[^/]+\/actions$/, 'project-action-submit');
      await page.locator('tr', { hasText: projectName }).getByTestId('project-complete').waitFor();

      await tab(page, '服务机构');
      const providerName = `安康家政${suffix}`;
      await page.getByTestId('provider-add').click();
      await pick(page, page.getByTestId('provider-unit'), '秦江社区');
      await type(page, 'provider-name', providerName);
      await ok('POST', '/api/services/providers', 'provider-submit');
      const providerRow = page.locator('tr', { hasText: providerName });
      await providerRow.getByTestId('agreement-add').click();
      await pick(page, page.getByTestId('agreement-room'), '舞蹈室');
      await type(page, 'agreement-from', '2026-01-01');
      await type(page, 'agreement-to', '2026-12-31');
      await type(page, 'agreement-conditions', '免费使用，每周二上午');
      await ok('POST', /^\/api\/services\/providers\/[^/]+\/agreements$/, 'agreement-submit');
      await providerRow.getByTestId('provider-service-add').click();
      await type(page, 'catalog-code', `HK${suffix}`);
      await type(page, 'catalog-name', `家庭保洁${suffix}`);
      const service = await ok('POST', '/api/services/catalog', 'catalog-submit');
      expect(service.request().postDataJSON()).toMatchObject({
        providedBy: 'provider',
        providerName,
        priceKind: 'free',
        priceFen: 0,
      });
      await providerRow.getByText(`家庭保洁${suffix}`).waitFor();

      await tab(page, '特色品牌');
      await page.getByTestId('brand-add').click();
      await pick(page, page.getByTestId('brand-unit'), '秦江社区');
      await type(page, 'brand-name', `秦江红${suffix}`);
      await type(page, 'brand-activities', '红色宣讲\n邻里节');
      const brand = await ok('POST', '/api/services/brands', 'brand-submit');
      expect(brand.request().postDataJSON()).toMatchObject({ activities: ['红色宣讲', '邻里节'] });
      // A photo of the brand's activities, uploaded on its card, shows on the card.
      const brandCard = page.locator('.ant-list-item').filter({ hasText: `秦江红${suffix}` });
      const photoPosted = answered(page, 'POST', /^\/api\/services\/brands\/[^/]+\/photos$/);
      const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#c00' } })
        .png()
        .toBuffer();
      await brandCard
        .locator('input[type=file]')
        .setInputFiles({ name: 'brand.png', mimeType: 'image/png', buffer: png });
      expect((await photoPosted).status()).toBe(200);
      await brandCard.locator('img[src^="/api/public/brands/"]').waitFor();
      await page.getByTestId('honour-add').click();
      await pick(page, page.getByTestId('honour-unit'), '秦江社区');
      await type(page, 'honour-title', `全国和谐社区${suffix}`);
      await type(page, 'honour-holder', '秦江社区');
      await type(page, 'honour-by', '民政部');
      await type(page, 'honour-on', '2016-05-01');
      await ok('POST', '/api/services/honours', 'honour-submit');

      await tab(page, '党代表工作室');
      const reps = `张代表${suffix}`;
      await page.getByTestId('reception-add').click();
      await pick(page, page.getByTestId('reception-unit'), '秦江社区');
      await type(page, 'reception-reps', reps);
      await type(page, 'reception-visitors', '6');
      await type(page, 'reception-issue-0', '小区路灯不亮');
      await ok('POST', '/api/services/receptions', 'reception-submit');
      await page.locator('tr', { hasText: reps }).getByTestId('issue-to-request').click();
      await pick(page, page.getByTestId('to-request-service'), '老年助餐');
      await type(page, 'to-request-address', '秦江社区3号楼');
      await ok('POST', /^\/api\/services\/receptions\/[^/]+\/issues\/[^/]+\/request$/, 'to-request-submit');
      await page.locator('tr', { hasText: reps }).getByText('诉求工单').waitFor();
    });
  }, 120_000);
});
