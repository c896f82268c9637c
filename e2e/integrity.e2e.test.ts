import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Locator, Page, Response } from 'playwright-core';
import { launchBrowser, signIn } from './browser.ts';
import { inContext, openDropdown, pickSelectOption } from './support.ts';

/**
 * 廉洁监督: a 秦江社区 worker runs an exercise of 临时救助申请审核 and skips step 2; the
 * supervision alert reaches the inspector, who acknowledges, investigates and closes it with a finding.
 * A resident who is not signed in files an anonymous complaint on the public page, keeps the tracking
 * code and follows the complaint with it (in a POST body, never in a URL or browser storage). The
 * community secretary has no complaint menu and the complaints API answers 403 to their session.
 */
const baseUrl = inject('baseUrl');
let browser: Browser;

const suffix = String(Math.floor(Math.random() * 90_000) + 10_000);
const TITLE = `临时救助：突发火灾家庭${suffix}`;
const TARGET = `临时救助申请审核（${suffix}）`;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const posted = (page: Page, path: string | RegExp) =>
  page.waitForResponse((r: Response) => {
    const p = new URL(r.url()).pathname;
    return r.request().method() === 'POST' && (typeof path === 'string' ? p === path : path.test(p));
  });

/** Picks an option of a plain (not searchable) antd Select by its title. */
async function pickPlain(page: Page, select: Locator, title: string): Promise<void> {
  await select.click();
  const option = openDropdown(page).locator(`.ant-select-item-option[title="${title}"]`);
  await option.waitFor();
  await option.click();
  await openDropdown(page).waitFor({ state: 'hidden' });
}

interface Exercise {
  id: string;
  deviations: { kind: string; stepSeq: number | null }[];
}

/** One handling step of the alert drawer: open the dialog, write the note (and the finding), wait for the server. */
async function handleAlert(
  page: Page,
  alertId: string,
  action: 'acknowledge' | 'note' | 'close',
  note: string,
  finding?: string,
): Promise<void> {
  await page.getByTestId(`alert-${action}`).click();
  if (finding) await pickPlain(page, page.getByTestId('alert-action-finding'), finding);
  await page.getByTestId('alert-action-note').fill(note);
  const saved = posted(page, `/api/integrity/alerts/${alertId}/actions`);
  await page.getByTestId('alert-action-submit').click();
  expect((await saved).status()).toBe(200);
}

describe('integrity and supervision', () => {
  test('a skipped step alerts the inspector; an anonymous complaint is filed and followed; the secretary cannot see it', async () => {
    // 1. The 秦江社区 worker opens an exercise of PL-04, records step 1, then step 3 (step 2 skipped).
    let exerciseId = '';
    await inContext(browser, 'worker-skips-step', async (page) => {
      await signIn(page, baseUrl, 'worker');
      await page.getByTestId('menu-exercises').click();
      await page.getByTestId('exercise-open').click();
      await expect.poll(async () => (await page.getByTestId('exercise-unit').innerText()).trim()).toContain('秦江社区');
      await pickSelectOption(page, page.getByTestId('exercise-item'), 'PL-04', 'PL-04 临时救助申请审核');
      await page.getByTestId('exercise-title').fill(TITLE);
      const opened = posted(page, '/api/integrity/exercises');
      await page.getByTestId('exercise-submit').click();
      const openedRes = await opened;
      expect(openedRes.status()).toBe(200);
      exerciseId = ((await openedRes.json()) as Exercise).id;
      await page.locator(`[data-testid="exercise-page"][data-exercise="${exerciseId}"]`).waitFor();

      await page.getByTestId('step-note').fill('受理申请，登记家庭情况');
      await page.getByTestId('step-evidence-add').click();
      await page.getByTestId('step-evidence-title-0').fill('受理登记表');
      const first = posted(page, `/api/integrity/exercises/${exerciseId}/steps`);
      await page.getByTestId('step-submit').click();
      expect((await first).status()).toBe(200);
      await page.locator('[data-testid="exercise-step-1"][data-state="done"]').waitFor();

      await pickPlain(page, page.getByTestId('step-seq'), '3. 审核上报');
      await page.getByTestId('step-note').fill('直接审核上报');
      const third = posted(page, `/api/integrity/exercises/${exerciseId}/steps`);
      await page.getByTestId('step-submit').click();
      const thirdRes = await third;
      expect(thirdRes.status()).toBe(200);
      const after = (await thirdRes.json()) as Exercise;
      expect(after.deviations).toContainEqual(expect.objectContaining({ kind: 'skipped_step', stepSeq: 2 }));
      await page
        .getByTestId('exercise-deviations')
        .locator('[data-testid="deviation-tag"][data-kind="skipped_step"]')
        .waitFor();
      await page.locator('[data-testid="exercise-step-2"][data-flagged="true"]').waitFor();
    });

    // 2. A resident, not signed in, files an anonymous complaint and follows it with the tracking code.
    await inContext(browser, 'resident-anonymous-complaint', async (page) => {
      await page.goto(`${baseUrl}/board`);
      await page.getByTestId('board-report').first().click();
      await page.getByTestId('report-page').waitFor();
      await pickSelectOption(page, page.getByTestId('report-unit'), '秦江', '秦江社区');
      await page.getByTestId('report-target-text').locator('input').fill(TARGET);
      await page.getByTestId('report-content').fill('办理临时救助时没有入户核实就直接上报，希望核查。');
      expect(await page.getByTestId('report-anonymous').locator('input[type="radio"]').first().isChecked()).toBe(true);
      const submitted = posted(page, '/api/public/complaints');
      await page.getByTestId('report-submit').click();
      const res = await submitted;
      expect(res.status()).toBe(200);
      const body = res.request().postDataJSON() as { anonymous: boolean; name?: string; contact?: string };
      expect(body.anonymous).toBe(true);
      expect(body.name).toBeUndefined();
      const { trackingCode } = (await res.json()) as { trackingCode: string };
      await expect.poll(async () => (await page.getByTestId('report-code').innerText()).trim()).toContain(trackingCode);
      expect(await page.getByTestId('report-keep-safe').innerText()).toContain('请妥善保存');

      await page.getByTestId('report-track-link').click();
      await page.getByTestId('track-code').fill(trackingCode);
      const tracked = posted(page, '/api/public/complaints/track');
      await page.getByTestId('track-submit').click();
      const trackRes = await tracked;
      expect(trackRes.status()).toBe(200);
      expect(trackRes.url()).not.toContain(trackingCode);
      expect(trackRes.request().postDataJSON()).toEqual({ code: trackingCode });
      await page.locator('[data-testid="track-result"][data-status="received"]').waitFor();
      expect(page.url()).not.toContain(trackingCode);
      const stored = await page.evaluate(() =>
        JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie]),
      );
      expect(stored).not.toContain(trackingCode);
    });

    // 3. The inspector finds the alert, acknowledges, investigates and closes it with a finding; the complaint is in their list.
    await inContext(browser, 'inspector-closes-alert', async (page) => {
      await signIn(page, baseUrl, 'inspector');
      await page.getByTestId('menu-alerts').click();
      await pickPlain(page, page.getByTestId('alerts-kind-filter'), '跳过环节');
      const row = page.locator(`[data-exercise="${exerciseId}"][data-kind="skipped_step"]`);
      await row.waitFor();
      const alertId = (await row.getAttribute('data-testid'))?.replace('alert-row-', '') ?? '';
      expect(await row.getAttribute('data-status')).toBe('open');
      await page.getByTestId(`alert-open-${alertId}`).click();
      const drawer = page.locator(`[data-testid="alert-drawer"][data-alert="${alertId}"]`);
      await drawer.waitFor();
      expect(await page.getByTestId('alert-evidence').innerText()).toContain('核实情况');

      await handleAlert(page, alertId, 'acknowledge', '已签收，转核查');
      await page.locator('[data-testid="alert-drawer"][data-status="acknowledged"]').waitFor();
      await handleAlert(page, alertId, 'note', '约谈社区工作者：家庭情况紧急，已补做入户核实');
      await page.locator('[data-testid="alert-drawer"][data-status="investigating"]').waitFor();
      await handleAlert(page, alertId, 'close', '程序违规属实，已责令补正并约谈提醒', '属实');
      await page.locator('[data-testid="alert-drawer"][data-status="closed"]').waitFor();
      expect((await page.getByTestId('alert-finding').innerText()).trim()).toBe('属实');
      await expect.poll(() => page.getByTestId('alert-notes').locator('.ant-timeline-item').count()).toBe(3);

      await page.locator('.ant-drawer-close').click();
      await drawer.waitFor({ state: 'detached' });
      await page.getByTestId('menu-complaints').click();
      await page.getByTestId('complaints-page').getByText(TARGET).waitFor();
    });

    // 4. The community secretary (and the subdistrict admin) have no complaint menu; the API refuses the secretary's session.
    await inContext(browser, 'secretary-no-complaints', async (page) => {
      await signIn(page, baseUrl, 'secretary');
      await page.getByTestId('menu-exercises').waitFor();
      expect(await page.getByTestId('menu-complaints').count()).toBe(0);
      expect(await page.getByTestId('menu-alerts').count()).toBe(0);
      const status = await page.evaluate(
        async () =>
          (await fetch('/api/integrity/complaints?page=1&pageSize=20', { credentials: 'same-origin' })).status,
      );
      expect(status).toBe(403);
      await page.goto(`${baseUrl}/integrity/complaints`);
      await page.getByText('您没有访问此页面的权限').waitFor();
    });
    await inContext(browser, 'admin-no-complaints', async (page) => {
      await signIn(page, baseUrl, 'admin');
      await page.getByTestId('menu-power-list').waitFor();
      expect(await page.getByTestId('menu-complaints').count()).toBe(0);
    });
  });
});
