import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import sharp from 'sharp';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, signIn } from './browser.ts';
import { inContext, openDropdown } from './support.ts';
import { answered, clickOk } from './services-support.ts';

/**
 * 便民服务: on a phone (360×740) the 秦江 demo resident books the dance room and submits a meal request
 * with a photo; the community worker accepts it and dispatches it to the settled provider; the provider account
 * starts and completes it; the resident rates it; the services console counts it among the rated requests.
 */
const baseUrl = inject('baseUrl');
const PHONE = { width: 360, height: 740 };
let browser: Browser;
const suffix = String(Math.floor(Math.random() * 90_000) + 10_000);
const DESCRIPTION = `老人腿脚不便，请每天中午送餐（${suffix}）`;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Picks an antd Select option by its title; hover + Enter survives a dropdown still animating in on a busy machine.
 * A searchable select is narrowed to the title first: its list is virtual, so an option far down a catalogue that
 * other flows have grown (services-console adds entries) is not rendered until searched for.
 */
async function pick(page: Page, select: Locator, title: string): Promise<void> {
  await select.click();
  if ((await select.locator('input:not([readonly])').count()) > 0) await page.keyboard.type(title);
  const option = openDropdown(page).locator(`.ant-select-item-option[title="${title}"]`);
  await option.waitFor();
  await option.hover();
  await page.keyboard.press('Enter');
  await select
    .locator(`.ant-select-selection-item[title="${title}"], .ant-select-content-value[title="${title}"]`)
    .or(select.getByText(title))
    .first()
    .waitFor();
}

describe('convenience services', () => {
  test('book a room and submit a request with a photo on a phone; dispatch, complete, rate, count', async () => {
    let requestId = '';
    await inContext(
      browser,
      'resident-books-and-requests',
      async (page) => {
        await signIn(page, baseUrl, 'resident');
        await page.goto(`${baseUrl}/portal/bookings`);
        await page.getByTestId('portal-booking-page').waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
        await pick(page, page.getByTestId('booking-room'), '秦江社区 · 舞蹈室');
        await page.getByTestId('booking-purpose').fill(`太极拳练习${suffix}`);
        const bookingRes = await clickOk(page, page.getByTestId('booking-submit'), 'POST', '/api/bookings');
        expect(((await bookingRes.json()) as { status: string }).status).toBe('confirmed');
        await page
          .getByTestId('my-booking')
          .filter({ hasText: `太极拳练习${suffix}` })
          .waitFor();

        await page.goto(`${baseUrl}/portal/requests`);
        await page.getByTestId('portal-requests-page').waitFor();
        await pick(page, page.getByTestId('request-service'), '老年助餐');
        await page.getByTestId('request-description').fill(DESCRIPTION);
        await page.getByTestId('request-address').fill('秦江社区第一网格3号院2单元');
        const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#d33' } })
          .png()
          .toBuffer();
        await page
          .getByTestId('request-photo')
          .locator('input[type=file]')
          .setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png });
        const submitted = answered(page, 'POST', '/api/portal/requests');
        const photo = answered(page, 'POST', /^\/api\/portal\/requests\/[^/]+\/photos$/);
        await page.getByTestId('request-submit').click();
        const res = await submitted;
        expect(res.status()).toBe(200);
        requestId = ((await res.json()) as { id: string }).id;
        expect((await photo).status()).toBe(200);
        await page.getByTestId('request-detail').getByRole('img').first().waitFor();
      },
      PHONE,
    );

    await inContext(browser, 'worker-dispatches', async (page) => {
      await signIn(page, baseUrl, 'worker');
      await page.goto(`${baseUrl}/services`);
      const row = page.getByTestId(`request-row-${requestId}`);
      await clickOk(page, row.getByTestId('request-accept'), 'POST', `/api/services/requests/${requestId}/actions`);
      await row.getByTestId('request-dispatch').click();
      await pick(page, page.getByTestId('dispatch-provider'), '夕阳红居家养老服务中心（演示）');
      await clickOk(page, page.getByTestId('request-action-ok'), 'POST', `/api/services/requests/${requestId}/actions`);
    });

    await inContext(browser, 'provider-completes', async (page) => {
      await signIn(page, baseUrl, 'provider');
      await page.goto(`${baseUrl}/provider/orders`);
      const order = page.getByTestId('provider-order').filter({ hasText: DESCRIPTION });
      await clickOk(page, order.getByTestId('request-start'), 'POST', `/api/provider/orders/${requestId}/actions`);
      await clickOk(page, order.getByTestId('request-complete'), 'POST', `/api/provider/orders/${requestId}/actions`);
    });

    await inContext(
      browser,
      'resident-rates',
      async (page) => {
        await signIn(page, baseUrl, 'resident');
        await page.goto(`${baseUrl}/portal/requests`);
        await page.getByTestId('my-request').filter({ hasText: DESCRIPTION }).click();
        await clickOk(
          page,
          page.getByTestId('request-rate').locator('.ant-rate-star').nth(4),
          'POST',
          `/api/portal/requests/${requestId}/actions`,
        );
        await page.getByTestId('request-status').filter({ hasText: '已评价' }).waitFor();
      },
      PHONE,
    );

    await inContext(browser, 'console-counts', async (page) => {
      await signIn(page, baseUrl, 'worker');
      await page.goto(`${baseUrl}/services`);
      const listed = answered(page, 'GET', '/api/services/requests');
      await page.getByTestId('filter-rated').click();
      const body = (await (await listed).json()) as { total: number; items: { id: string }[] };
      expect(body.items.map((i) => i.id)).toContain(requestId);
      expect(body.total).toBeGreaterThanOrEqual(2);
      await page.getByTestId(`request-row-${requestId}`).waitFor();
    });
  });
});
