import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, signIn } from './browser.ts';
import { apiGet, apiLogin, apiLogout, inContext, openDropdown } from './support.ts';

/**
 * Where the to-do items lead: a request or a booking opens the services page on its tab with the record in a
 * drawer; and the reader's own choice of channels (我的提醒方式) on the message centre.
 */
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

interface Item {
  kind: string;
  link: string;
}

describe('to-do links and my channels', () => {
  test('secretary: a request item and a booking item open their record on the services page', async () => {
    const api = await apiLogin(baseUrl, 'secretary');
    const { items } = await apiGet<{ items: Item[] }>(baseUrl, api, '/api/todos?pageSize=200');
    await apiLogout(baseUrl, api);
    const request = items.find((i) => i.kind === 'service-requests.to-dispatch');
    const booking = items.find((i) => i.kind === 'bookings.to-approve');
    expect(request?.link).toMatch(/^\/services\?tab=requests&request=/);
    expect(booking?.link).toMatch(/^\/services\?tab=bookings&booking=/);

    await inContext(browser, 'todo-links-services', async (page) => {
      await signIn(page, baseUrl, 'secretary');
      for (const [item, drawer, tab] of [
        [request, 'request-drawer', '诉求工单'],
        [booking, 'booking-drawer', '功能室预约'],
      ] as const) {
        await page.getByTestId(`todo-group-${item?.kind}`).locator(`a[href="${item?.link}"]`).first().click();
        const shown = page.getByTestId(drawer);
        await shown.waitFor();
        expect(await shown.getAttribute('data-id')).toBe(
          new URL(item?.link ?? '', baseUrl).searchParams.get(drawer.split('-')[0]),
        );
        expect((await page.locator('.ant-tabs-tab-active').innerText()).trim()).toBe(tab);
        // Closing the drawer takes its record off the address; the tab stays.
        await page.keyboard.press('Escape');
        await expect.poll(() => new URL(page.url()).searchParams.has(drawer.split('-')[0])).toBe(false);
        await page.getByTestId('menu-home').click();
        await page.getByTestId('home-todos').waitFor();
      }
    });
  });

  test('community worker: SMS for chosen kinds to a number shown masked, quiet hours, the number removed', async () => {
    await inContext(browser, 'todo-links-channels', async (page) => {
      await signIn(page, baseUrl, 'worker');
      await page.getByTestId('header-messages').click();
      const prefs = page.getByTestId('message-preferences');
      await prefs.waitFor();
      await prefs.getByTestId('prefs-phone-none').waitFor();
      // Kinds that never go by SMS are not offered.
      expect(await prefs.getByTestId('prefs-sms-kinds').innerText()).not.toContain('新的信访举报');

      await prefs.getByTestId('prefs-sms-kinds').getByText('上报到本单位的矛盾纠纷').click();
      await prefs.getByTestId('prefs-phone-new').fill('1381234');
      await prefs.getByTestId('prefs-save').click();
      await prefs.getByText('手机号码无效').waitFor();
      await prefs.getByTestId('prefs-quiet-start').click();
      const option = openDropdown(page).locator('.ant-select-item-option[title="22:00"]');
      await option.hover();
      await page.keyboard.press('Enter');
      await prefs.getByTestId('prefs-phone-new').fill('13812345678');
      await prefs.getByTestId('prefs-save').click();
      await expect.poll(() => prefs.getByTestId('prefs-phone').innerText()).toBe('138****5678');

      const api = await apiLogin(baseUrl, 'worker');
      const stored = await apiGet<{ smsKinds: string[]; phone: string | null }>(
        baseUrl,
        api,
        '/api/messages/preferences',
      );
      expect(stored).toMatchObject({
        smsKinds: ['grid.case-escalated'],
        phone: '138****5678',
        quietHours: { start: '22:00', end: '08:00' },
      });

      await prefs.getByTestId('prefs-phone-remove').click();
      await prefs.getByTestId('prefs-save').click();
      await prefs.getByTestId('prefs-phone-none').waitFor();
      expect((await apiGet<{ phone: string | null }>(baseUrl, api, '/api/messages/preferences')).phone).toBeNull();
      await apiLogout(baseUrl, api);
    });
  });
});
