import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page, Response } from 'playwright-core';
import { launchBrowser, signIn } from './browser.ts';
import { fillDate, inContext, shanghaiDate } from './support.ts';

/**
 * 居民议事厅 (一征三议两公开): a resident proposes on the portal; the 秦江社区 secretary opens a matter
 * from it and records every stage in order — one stage misses its quorum, is revised and repeated —;
 * the resolution notice is on the public board for anyone; the result is published; the problems-solved
 * tally of that year rises by one.
 *
 * Dates: a meeting cannot be dated in the future, a notice lasts 7 days and the next stage waits for it
 * to end, so the whole procedure is dated in the recent past (D-20 … D-2, an open month), as a hall does
 * when it enters its paper records afterwards.
 */
const baseUrl = inject('baseUrl');
let browser: Browser;
let qinjiangId: string;

const D = (days: number) => shanghaiDate(days);
const SOLVED_ON = D(-8);
const YEAR = SOLVED_ON.slice(0, 4);
const suffix = String(Math.floor(Math.random() * 90_000) + 10_000);
const PROPOSAL = `秦江社区3号院增设晾衣架${suffix}`;

beforeAll(async () => {
  const [launched, boards] = await Promise.all([
    launchBrowser(),
    fetch(`${baseUrl}/api/public/boards`).then((r) => r.json() as Promise<{ items: { id: string; name: string }[] }>),
  ]);
  browser = launched;
  const qinjiang = boards.items.find((b) => b.name === '秦江社区');
  if (!qinjiang) throw new Error('demo data: no public board for 秦江社区');
  qinjiangId = qinjiang.id;
});

afterAll(async () => {
  await browser?.close();
});

const posted = (page: Page, path: string | RegExp, method = 'POST') =>
  page.waitForResponse((r: Response) => {
    const p = new URL(r.url()).pathname;
    return r.request().method() === method && (typeof path === 'string' ? p === path : path.test(p));
  });

/** The tally card's headline figure for YEAR. */
async function solvedInYear(page: Page): Promise<number> {
  await page.getByTestId('menu-dashboard').click();
  const year = page.getByTestId('tally-year');
  if ((await year.inputValue()) !== YEAR) await fillDate(page, year, YEAR);
  const value = page.getByTestId('tally-solved').locator('.ant-statistic-content-value');
  await value.waitFor();
  return Number((await value.innerText()).replace(/\D/g, ''));
}

interface Meeting {
  heldOn: string;
  place: string;
  minutes: string;
  due?: number;
  present?: number;
  votesFor?: number;
  votesAgainst?: number;
  votesAbstain?: number;
}

/** Fills the stage form for stage `seq` and records it; resolves with whether the server passed it. */
async function recordStage(page: Page, matterId: string, seq: number, m: Meeting): Promise<boolean> {
  const form = page.locator(`[data-testid="stage-form"][data-stage="${seq}"]`);
  await form.waitFor();
  await fillDate(page, form.getByTestId('stage-heldOn'), m.heldOn);
  await form.getByTestId('stage-place').fill(m.place);
  for (const key of ['due', 'present', 'votesFor', 'votesAgainst', 'votesAbstain'] as const) {
    if (m[key] !== undefined) await form.getByTestId(`stage-${key}`).fill(String(m[key]));
  }
  await form.getByTestId('stage-minutes').fill(m.minutes);
  const saved = posted(page, `/api/decisions/matters/${matterId}/meetings`);
  await form.getByTestId('stage-submit').click();
  const res = await saved;
  expect(res.status()).toBe(200);
  const attempt = Math.max(
    ...((await res.json()) as { records: { attemptNo: number }[] }).records.map((r) => r.attemptNo),
  );
  const verdict = page.locator(`[data-testid="stage-verdict"][data-attempt="${attempt}"]`);
  await verdict.waitFor();
  return (await verdict.getAttribute('data-passed')) === 'true';
}

async function publishNotice(
  page: Page,
  matterId: string,
  seq: number,
  from: string,
  until: string,
): Promise<Response> {
  const form = page.locator(`[data-testid="notice-form"][data-stage="${seq}"]`);
  await form.waitFor();
  await fillDate(page, form.getByTestId('notice-from'), from);
  await fillDate(page, form.getByTestId('notice-until'), until);
  const saved = posted(page, `/api/decisions/matters/${matterId}/notices`);
  await form.getByTestId('notice-submit').click();
  return saved;
}

const statusOf = (page: Page) =>
  page.getByTestId('matter-page').getByTestId('matter-status').first().getAttribute('data-status');

describe('deliberation hall', () => {
  test('a proposal becomes a matter, runs every stage (one repeated), is published and counted as solved', async () => {
    // 1. The resident proposes on the portal page.
    let proposalId = '';
    await inContext(browser, 'resident-proposes', async (page) => {
      await signIn(page, baseUrl, 'resident');
      await page.getByTestId('menu-portal').click();
      await page.getByTestId('propose-title').fill(PROPOSAL);
      await page
        .getByTestId('propose-content')
        .fill('3号院楼下没有晾晒的地方，老人晒被子不方便，建议在空地增设晾衣架。');
      const created = posted(page, '/api/decisions/proposals');
      await page.getByTestId('propose-submit').click();
      const res = await created;
      expect(res.status()).toBe(200);
      proposalId = ((await res.json()) as { id: string }).id;
      await page.getByTestId('propose-done').waitFor();
      await page.getByTestId(`portal-proposal-${proposalId}`).waitFor();
    });

    await inContext(browser, 'secretary-runs-matter', async (page) => {
      await signIn(page, baseUrl, 'secretary');
      const before = await solvedInYear(page);

      // 2. The secretary opens a matter from the proposal.
      await page.getByTestId('menu-proposals').click();
      await page.getByTestId(`proposal-open-${proposalId}`).click();
      await expect.poll(() => page.getByTestId('matter-title').inputValue()).toBe(PROPOSAL);
      await expect
        .poll(async () => (await page.getByTestId('matter-template').innerText()).trim())
        .toContain('一征三议两公开');
      await fillDate(page, page.getByTestId('matter-opened-on'), D(-21));
      const opened = posted(page, '/api/decisions/matters');
      await page.getByTestId('matter-submit').click();
      const openedRes = await opened;
      expect(openedRes.status()).toBe(200);
      const matter = (await openedRes.json()) as { id: string; proposals: { id: string }[]; source: string };
      expect(matter.source).toBe('proposal');
      expect(matter.proposals.map((p) => p.id)).toEqual([proposalId]);
      await page.locator(`[data-testid="matter-page"][data-matter="${matter.id}"]`).waitFor();

      // 3. ① 一征 → ② 党组织提议 misses its quorum (4 of 9, needs ≥ 1/2), is revised and repeated → ③ → ④.
      expect(
        await recordStage(page, matter.id, 1, {
          heldOn: D(-20),
          place: '秦江社区3号院',
          minutes: '走访3号院住户42户，38户赞成增设晾衣架。',
        }),
      ).toBe(true);
      expect(
        await recordStage(page, matter.id, 2, {
          heldOn: D(-19),
          place: '社区党群服务中心',
          minutes: '到会人数不足，会议改期。',
          due: 9,
          present: 4,
          votesFor: 4,
        }),
      ).toBe(false);
      expect(await page.getByTestId('stage-verdict').getAttribute('data-quorum')).toBe('false');
      await expect.poll(() => statusOf(page)).toBe('returned');
      expect(await page.getByTestId('stage-step-2').getAttribute('data-state')).toBe('failed');
      await page.getByTestId('matter-failed-hint').waitFor();

      await page.getByTestId('matter-revise').click();
      await page.getByTestId('revise-note').fill('补充晾衣架选址和安全说明，重新召开党组织会议');
      const revised = posted(page, `/api/decisions/matters/${matter.id}`, 'PATCH');
      await page.getByTestId('revise-submit').click();
      expect((await revised).status()).toBe(200);
      await expect.poll(() => statusOf(page)).toBe('open');

      expect(
        await recordStage(page, matter.id, 2, {
          heldOn: D(-18),
          place: '社区党群服务中心',
          minutes: '同意提交两委会商议。',
          due: 9,
          present: 8,
          votesFor: 8,
        }),
      ).toBe(true);
      expect(await page.getByTestId('stage-step-2').getAttribute('data-state')).toBe('passed');
      expect(
        await recordStage(page, matter.id, 3, {
          heldOn: D(-17),
          place: '社区党群服务中心',
          minutes: '两委一致同意。',
          due: 11,
          present: 10,
          votesFor: 10,
        }),
      ).toBe(true);
      expect(
        await recordStage(page, matter.id, 4, {
          heldOn: D(-16),
          place: '社区议事厅',
          minutes: '居民代表会议表决通过。',
          due: 30,
          present: 24,
          votesFor: 21,
          votesAgainst: 2,
          votesAbstain: 1,
        }),
      ).toBe(true);
      expect(await page.getByTestId('record-2').getAttribute('data-passed')).toBe('false');

      // 4. ⑤ 决议公开 for 7 days.
      const resolution = await publishNotice(page, matter.id, 5, D(-15), D(-9));
      expect(resolution.status()).toBe(200);
      await expect.poll(() => statusOf(page)).toBe('implementing');

      // 5. The resolution notice is on the public board, for visitors who are not signed in.
      await inContext(browser, 'public-board', async (visitor) => {
        await visitor.goto(`${baseUrl}/board`);
        await visitor.getByTestId(`board-unit-${qinjiangId}`).click();
        const notice = visitor.locator(`[data-matter="${matter.id}"][data-kind="resolution"]`);
        await notice.waitFor();
        expect(await notice.getByTestId('board-notice-title').innerText()).toBe(PROPOSAL);
        expect(await visitor.getByTestId('header-user').count()).toBe(0);
        expect(new URL(visitor.url()).pathname).toBe(`/board/${qinjiangId}`);
        expect(await visitor.locator('body').innerText()).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
      });

      // 6. ⑥ 实施结果公开: not while the resolution notice is up (NOTICE_RUNNING), then after it.
      const early = await publishNotice(page, matter.id, 6, D(-12), D(-6));
      expect(early.status()).toBe(409);
      const error = page.getByTestId('stage-error');
      await error.waitFor();
      expect(await error.getAttribute('data-code')).toBe('NOTICE_RUNNING');
      expect(await error.innerText()).toContain('公示期尚未结束');
      const result = await publishNotice(page, matter.id, 6, SOLVED_ON, D(-2));
      expect(result.status()).toBe(200);
      expect(((await result.json()) as { solvedOn: string | null }).solvedOn).toBe(SOLVED_ON);
      await expect.poll(() => statusOf(page)).toBe('completed');
      expect(await page.getByTestId('stage-step-6').getAttribute('data-state')).toBe('passed');

      // 7. The problems-solved tally of that year rises by one.
      await expect.poll(() => solvedInYear(page)).toBe(before + 1);
    });
  });
});
