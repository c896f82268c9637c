import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startWeComStandIn, type WeComStandIn } from '../apps/server/test/stand-ins/index.ts';
import { launchBrowser, signIn } from './browser.ts';
import { type OwnServer, startOwnServer } from './own-server.ts';
import { apiGet, apiLogin, apiLogout, inContext, openDropdown } from './support.ts';

/**
 * Reminders end to end: a grid worker escalates a dispute to his community; the secretary's home shows it with the
 * header badge, her community's WeCom group robot (a local stand-in) gets a message with counts only, her message
 * centre has the reminder, and the item leaves her home when she accepts and assigns the case.
 *
 * The shared e2e server runs without the scheduled jobs, so this flow starts its own with them on (polled every
 * second; the reminders and the delivery run every minute).
 */
let server: OwnServer | undefined;
let wecom: WeComStandIn | undefined;
let browser: Browser;
let baseUrl = '';

beforeAll(async () => {
  wecom = await startWeComStandIn();
  server = await startOwnServer({ JISHI_JOBS: 'on', JISHI_JOBS_POLL_SECONDS: '1', JISHI_SECOND_FACTOR: 'off' });
  baseUrl = server.baseUrl;
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await wecom?.close();
});

/** A reminder waits for the next minute's run of the job, then the delivery's: up to about two minutes. */
const REMINDER_WAIT = { timeout: 150_000, interval: 2_000 };

const PARTY = '欧阳测试甲';
const OTHER_PARTY = '欧阳测试乙';

type Session = Awaited<ReturnType<typeof apiLogin>>;

async function apiPost<T>(session: Session, path: string, body: unknown): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
      'content-type': 'application/json',
      accept: 'application/json',
    },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${path} failed: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** The grid worker registers a dispute in his grid and escalates it to the community (his session, the API). */
async function escalateNewCase(): Promise<{ id: string; number: string }> {
  const grid = await apiLogin(baseUrl, 'grid');
  const day = await apiGet<{ posts: { gridId: string }[] }>(baseUrl, grid, '/api/grid/my-day');
  const gridId = day.posts[0]?.gridId;
  if (!gridId) throw new Error('the demo grid worker has no grid post');
  const created = await apiPost<{ id: string; number: string }>(grid, '/api/grid/cases', {
    gridId,
    source: 'visit',
    category: 'neighbours',
    risk: 'low',
    place: '秦江路8号院3单元',
    description: '楼道堆物引发邻里争执（演示）',
    parties: [
      { name: PARTY, role: '申请人' },
      { name: OTHER_PARTY, role: '被申请人' },
    ],
    idempotencyKey: randomUUID(),
  });
  await apiPost(grid, `/api/grid/cases/${created.id}/actions`, {
    action: 'escalate',
    reason: '双方分歧较大，需社区协调',
  });
  await apiLogout(baseUrl, grid);
  return created;
}

/** The header badge's total once it agrees with the API's count for the same user. */
async function badgeTotal(page: Page, session: Session): Promise<number> {
  const badge = page.getByTestId('header-todos');
  let total = -1;
  await expect
    .poll(async () => {
      total = (await apiGet<{ total: number }>(baseUrl, session, '/api/todos/counts')).total;
      return (await badge.getAttribute('data-total')) === String(total);
    })
    .toBe(true);
  return total;
}

/** The secretary registers her community's WeCom group robot on the robots page, for escalated cases. */
async function registerRobot(page: Page, name: string, webhookUrl: string): Promise<void> {
  await page.getByTestId('menu-robots').click();
  await page.getByTestId('robots-page').waitFor();
  expect(await page.getByTestId('robots-intro').innerText()).toContain('绝不包含姓名或手机号');
  await page.getByTestId('robot-add').click();
  await page.getByTestId('robot-name').fill(name);
  await page.getByTestId('robot-webhook').fill(webhookUrl);
  await page.getByTestId('robot-kinds').getByText('上报到本单位的矛盾纠纷').click();
  await page.locator('.ant-modal-footer .ant-btn-primary').click();
  const card = page.locator(`[data-testid^="robot-"][data-name="${name}"]`);
  await card.waitFor();
  expect(await card.innerText()).toContain('秦江社区');
  // The webhook is never shown back: the host and the key's last characters only.
  expect(await card.innerText()).not.toContain(webhookUrl);
  await card.getByTestId('robot-test').click();
}

describe('to-do reminders', () => {
  test('an escalated case reaches the secretary: home, badge, WeCom group, message centre; gone once assigned', async () => {
    const robotHook = wecom?.url as string;
    const secretary = await apiLogin(baseUrl, 'secretary');
    await inContext(browser, 'todo-reminders-secretary', async (page) => {
      await signIn(page, baseUrl, 'secretary');
      // A retried attempt (vitest retry) registers another robot: each attempt's has its own name.
      await registerRobot(page, `秦江社区工作群${randomUUID().slice(0, 4)}`, robotHook);
      await page.getByTestId('menu-home').click();
      await page.getByTestId('home-todos').waitFor();
      const before = await badgeTotal(page, secretary);

      const sentBefore = wecom?.delivered.length ?? 0;
      const kase = await escalateNewCase();
      const link = page.locator(`[data-testid="todo-group-grid.case-to-accept"] a[href="/grid/cases/${kase.id}"]`);
      // The item is there at once (event-driven); the page shows it at its next read.
      await expect
        .poll(async () => {
          await page.reload();
          await page.getByTestId('home-todos').waitFor();
          return link.count();
        })
        .toBe(1);
      expect((await link.innerText()).trim()).toBe(kase.number);
      const withCase = await badgeTotal(page, secretary);
      expect(withCase).toBe(before + 1);

      // The group robot: the test post, then the reminder with counts only — no names, no place, no case number.
      await expect.poll(() => wecom?.delivered.some((d) => d.content.includes('测试消息')), REMINDER_WAIT).toBe(true);
      await expect
        .poll(
          () => wecom?.delivered.slice(sentBefore).find((d) => d.content.includes('待受理的矛盾纠纷')),
          REMINDER_WAIT,
        )
        .toBeDefined();
      for (const d of wecom?.delivered ?? []) {
        for (const secret of [PARTY, OTHER_PARTY, '秦江路8号院', '楼道堆物', kase.number]) {
          expect(d.content).not.toContain(secret);
        }
      }

      // Her message centre has the reminder (the in-app message may name the case: she may see it).
      await page.getByTestId('header-messages').click();
      await page.getByTestId('messages-page').waitFor();
      const message = page.locator('[data-testid^="message-"][data-unread]').filter({ hasText: kase.number });
      await expect
        .poll(async () => {
          if ((await message.count()) === 0) await page.reload();
          return message.count();
        }, REMINDER_WAIT)
        .toBe(1);
      expect(await message.getByTestId('message-kind').getAttribute('data-kind')).toBe('grid.case-escalated');
      expect(await message.innerText()).not.toContain(PARTY);

      // She opens the case from her home, accepts it and assigns it.
      await page.getByTestId('menu-home').click();
      await link.click();
      await page.getByTestId('grid-case-page').waitFor();
      await page.getByTestId('case-action-accept').click();
      await page.getByTestId('case-action-confirm').click();
      await expect.poll(() => page.getByTestId('grid-case-page').getAttribute('data-status')).toBe('accepted');
      await page.getByTestId('case-action-assign').click();
      await page.getByTestId('case-assignee').click();
      const option = openDropdown(page).locator('.ant-select-item-option').first();
      await option.waitFor();
      await option.hover();
      await page.keyboard.press('Enter');
      await page.getByTestId('case-action-confirm').click();
      await expect.poll(() => page.getByTestId('grid-case-page').getAttribute('data-status')).toBe('assigned');

      // The item leaves her home and the badge drops.
      await page.getByTestId('menu-home').click();
      await page.getByTestId('home-todos').waitFor();
      await expect.poll(() => page.locator(`a[href="/grid/cases/${kase.id}"]`).count()).toBe(0);
      expect(await badgeTotal(page, secretary)).toBe(withCase - 1);
    });
    await apiLogout(baseUrl, secretary);
  }, 420_000);
});
