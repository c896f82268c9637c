import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Download, Page } from 'playwright-core';
import { launchBrowser, signIn } from './browser.ts';
import { inContext } from './support.ts';

/**
 * The residents' portal on a 360 × 740 phone: WCAG 2.1 AA (axe-core, no serious or critical violations)
 * on its main pages, a resident in large-font mode who reads a notice and submits a proposal, a resident
 * who finds requests, bookings, volunteer activities, the certificate check and complaints inside the
 * portal's frame (never the staff console's), a resident who opens a request's progress with the keyboard, the power
 * list in the portal's frame, a volunteer who signs up for an activity and reads their own hours, star level and
 * certificate (PDF) there, and a Party member who reads theirs or is told how to become a volunteer.
 */
const baseUrl = inject('baseUrl');
const DEMO_PHONE = '13800138000';
let browser: Browser;
let qinjiangId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const boards = (await (await fetch(`${baseUrl}/api/public/boards`)).json()) as {
    items: { id: string; name: string }[];
  };
  qinjiangId = boards.items.find((b) => b.name === '秦江社区')?.id as string;
});
afterAll(async () => {
  await browser?.close();
});

/** A flow on a phone (screenshot of the failed flow like every other e2e flow). */
const phone = (run: (page: Page) => Promise<void>) =>
  inContext(browser, `portal-${expect.getState().currentTestName ?? 'flow'}`, run, {
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

async function noHorizontalScroll(page: Page) {
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(wide).toBeLessThanOrEqual(360 + 1);
}

/** The page is drawn in the portal's frame: its layout and navigation, none of the staff console's chrome. */
async function inPortalFrame(page: Page, testId: string) {
  await page.getByTestId('portal-layout').getByTestId(testId).waitFor();
  expect(await page.getByTestId('header-user').count()).toBe(0);
  expect(await page.locator('[data-testid^="menu-"], .ant-layout-sider').count()).toBe(0);
}

/** Clicks a portal navigation link until the section shows (a click during a re-render can be lost on a busy machine). */
async function openSection(page: Page, key: string, testId: string) {
  await expect
    .poll(
      async () => {
        if (await page.getByTestId(testId).isVisible()) return true;
        await page.getByTestId(`portal-nav-${key}`).click();
        return page.getByTestId(testId).isVisible();
      },
      { timeout: 20_000, interval: 500 },
    )
    .toBe(true);
}

async function fontSize(page: Page, testId: string): Promise<number> {
  return page.getByTestId(testId).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

/** Clicks (or presses) until the condition holds: an antd click during an animation or re-render can be lost on a busy machine. */
async function until(act: () => Promise<void>, done: () => Promise<boolean>) {
  await expect
    .poll(
      async () => {
        if (await done()) return true;
        await act();
        return done();
      },
      { timeout: 20_000, interval: 500 },
    )
    .toBe(true);
}

/** Clicks until a download starts (a click during a re-render can be lost on a busy machine). */
async function downloadFrom(page: Page, click: () => Promise<void>): Promise<Download> {
  for (let attempt = 1; ; attempt++) {
    const started = page.waitForEvent('download', { timeout: 10_000 });
    await click();
    try {
      return await started;
    } catch (err) {
      if (attempt === 3) throw err;
    }
  }
}

describe("residents' portal", () => {
  test('main pages pass axe-core WCAG 2.1 AA (no serious or critical violations) and fit 360 px', async () => {
    await phone(async (page) => {
      for (const [path, testId] of [
        ['/portal', 'portal-home'],
        [`/portal/communities/${qinjiangId}`, 'portal-community'],
        ['/portal/notices', 'portal-notices-pick'],
        [`/portal/notices/${qinjiangId}`, 'portal-notices'],
        ['/portal/login', 'portal-login'],
        ['/portal/volunteer', 'portal-volunteer-pick'],
        [`/portal/volunteer/${qinjiangId}`, 'portal-volunteer'],
        ['/portal/certificates', 'certificate-check'],
        ['/portal/report', 'report-page'],
        ['/portal/report/track', 'track-page'],
        [`/portal/power-list/${qinjiangId}`, 'power-board-page'],
      ] as const) {
        await page.goto(`${baseUrl}${path}`);
        await page.getByTestId(testId).waitFor();
        await page.waitForLoadState('networkidle');
        expect(await seriousViolations(page), path).toEqual([]);
        await noHorizontalScroll(page);
      }
    });
  });

  test('in large-font mode a resident reads a notice, signs in with the phone and submits a proposal', async () => {
    await phone(async (page) => {
      await page.goto(`${baseUrl}/portal`);
      await page.getByTestId('pref-big-font').click();
      await expect
        .poll(() => page.evaluate(() => localStorage.getItem('jishi.portal.prefs')))
        .toContain('"bigFont":true');
      await page.getByTestId(`portal-community-${qinjiangId}`).click();
      await page.getByTestId('portal-community-notices').click();
      const notices = page.getByTestId('portal-notices');
      await notices.waitFor();
      const firstNotice = notices.locator('.ant-card').first();
      await firstNotice.waitFor();
      expect((await firstNotice.innerText()).length).toBeGreaterThan(10);
      const fontSize = await firstNotice.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(fontSize).toBeGreaterThanOrEqual(24);
      // the choice persists across visits
      await page.reload();
      await notices.waitFor();
      expect(await page.getByTestId('pref-big-font').getAttribute('aria-checked')).toBe('true');

      await page.getByTestId('portal-nav-propose').click();
      await page.getByTestId('portal-login').waitFor();
      await page.getByTestId('portal-phone').fill(DEMO_PHONE);
      await page.getByTestId('portal-password').fill('Demo#Pass-2026');
      await page.getByTestId('portal-password-submit').click();
      await page.getByTestId('portal-page').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      const title = `楼道加装扶手${Math.floor(Math.random() * 90_000) + 10_000}`;
      await page.getByTestId('propose-title').fill(title);
      await page.getByTestId('propose-content').fill('三号楼老人多，上下楼不方便，建议在楼道加装扶手。');
      const submit = page.getByTestId('propose-submit');
      const box = await submit.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
      await Promise.all([
        page.waitForResponse(
          (r) => r.url().endsWith('/api/decisions/proposals') && r.request().method() === 'POST' && r.status() === 200,
        ),
        submit.click(),
      ]);
      await page.getByTestId('propose-done').waitFor();
      await noHorizontalScroll(page);
    });
  });
  test('a resident signed in on the portal finds requests, bookings, volunteer activities, the certificate check and complaints inside the portal', async () => {
    await phone(async (page) => {
      await page.goto(`${baseUrl}/portal/login`);
      await page.getByTestId('portal-phone').fill(DEMO_PHONE);
      await page.getByTestId('portal-password').fill('Demo#Pass-2026');
      await page.getByTestId('portal-password-submit').click();
      await page.getByTestId('portal-page').waitFor();
      // every section is in the navigation, each link a large tap target
      const nav = page.locator('[data-testid^="portal-nav-"]');
      expect(await nav.count()).toBe(8);
      for (const box of await Promise.all((await nav.all()).map((l) => l.boundingBox())))
        expect(box?.height ?? 0).toBeGreaterThanOrEqual(48);

      const sections = [
        ['requests', 'portal-requests-page'],
        ['bookings', 'portal-booking-page'],
        ['volunteer', 'portal-volunteer-pick'],
        ['certificates', 'certificate-check'],
        ['report', 'report-page'],
      ] as const;
      for (const [key, testId] of sections) {
        await openSection(page, key, testId);
        await inPortalFrame(page, testId);
        await page.waitForLoadState('networkidle');
        expect(await seriousViolations(page), key).toEqual([]);
        await noHorizontalScroll(page);
      }
      const reportText = [await fontSize(page, 'report-intro'), await fontSize(page, 'report-go-track')];
      // in large-font mode nothing is wider than the phone either
      await page.getByTestId('pref-big-font').click();
      await expect
        .poll(() => page.evaluate(() => localStorage.getItem('jishi.portal.prefs')))
        .toContain('"bigFont":true');
      for (const [key, testId] of sections) {
        await openSection(page, key, testId);
        await page.waitForLoadState('networkidle');
        await noHorizontalScroll(page);
      }
      // the complaint page's text grows with the rest (20 → 26 px base)
      expect(await fontSize(page, 'report-intro')).toBeGreaterThanOrEqual(reportText[0] * 1.25);
      expect(await fontSize(page, 'report-go-track')).toBeGreaterThanOrEqual(reportText[1] * 1.25);
      // the resident's own requests and bookings have loaded (not a sign-in page)
      await openSection(page, 'requests', 'portal-requests-page');
      await page.getByTestId('request-submit').waitFor();
      // a request's progress opens and closes from the keyboard: Tab from the form reaches the row's button (≥ 48 px)
      const toggle = page.getByTestId('my-request-toggle').first();
      await toggle.waitFor();
      expect((await toggle.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(48);
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      expect(await toggle.getAttribute('aria-label')).toMatch(/^查看办理情况：/);
      await page.getByTestId('request-submit').focus();
      const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
      for (let i = 0; i < 5 && (await focused()) !== 'my-request-toggle'; i++) await page.keyboard.press('Tab');
      expect(await focused()).toBe('my-request-toggle');
      await until(
        () => page.keyboard.press('Enter'),
        async () => (await toggle.getAttribute('aria-expanded')) === 'true',
      );
      await page.getByTestId('request-detail').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await until(
        () => page.keyboard.press('Space'),
        async () => (await toggle.getAttribute('aria-expanded')) === 'false',
      );
      expect(await page.getByTestId('request-detail').count()).toBe(0);
      await openSection(page, 'bookings', 'portal-booking-page');
      await page.getByTestId('booking-submit').waitFor();

      // volunteer activities of 秦江: listed to the resident, who is told plainly how to become a volunteer
      await openSection(page, 'volunteer', 'portal-volunteer-pick');
      await page.getByTestId(`portal-volunteer-${qinjiangId}`).click();
      await inPortalFrame(page, 'portal-volunteer');
      await page.locator('[data-testid^="portal-activity-"]').first().waitFor();
      await page.getByTestId('portal-volunteer-how').waitFor();
      expect(await page.locator('[data-testid^="portal-signup-"]').count()).toBe(0);
      expect(await page.getByTestId('portal-volunteer-mine').count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await noHorizontalScroll(page);
      // "my volunteering" tells a resident without a volunteer record the same plain way to become one
      await page.goto(`${baseUrl}/portal/volunteer/mine`);
      await inPortalFrame(page, 'portal-my-volunteer');
      await page.getByTestId('portal-volunteer-how').waitFor();
      expect(await page.getByTestId('portal-my-hours').count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);

      // complaint tracking stays in the portal too
      await openSection(page, 'report', 'report-page');
      await page.getByTestId('report-go-track').click();
      await inPortalFrame(page, 'track-page');
      expect(new URL(page.url()).pathname).toBe('/portal/report/track');

      // the old public addresses lead into the portal
      for (const [old, path, testId] of [
        ['/report', '/portal/report', 'report-page'],
        ['/report/track', '/portal/report/track', 'track-page'],
        ['/certificates', '/portal/certificates', 'certificate-check'],
      ] as const) {
        await page.goto(`${baseUrl}${old}`);
        await inPortalFrame(page, testId);
        expect(new URL(page.url()).pathname).toBe(path);
      }
    });
  });

  test('a volunteer signs up for an activity of their community in the portal and reads their own hours, star level and certificate (PDF)', async () => {
    await phone(async (page) => {
      await signIn(page, baseUrl, 'volunteer');
      await page.goto(`${baseUrl}/portal/volunteer/${qinjiangId}`);
      await inPortalFrame(page, 'portal-volunteer');
      expect(await page.getByTestId('portal-volunteer-how').count()).toBe(0);
      const button = page.locator('[data-testid^="portal-signup-"]').first();
      await button.waitFor();
      const id = (await button.getAttribute('data-testid'))!.replace('portal-signup-', '');
      const box = await button.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(48);
      const signedUp = page.waitForResponse(
        (r) => new URL(r.url()).pathname === `/api/my/activities/${id}/signup` && r.request().method() === 'POST',
      );
      await button.click();
      expect((await signedUp).status()).toBe(200);
      await page.getByTestId(`portal-signed-up-${id}`).waitFor();
      await noHorizontalScroll(page);

      // their own hours, star level, sign-ups and certificate, one tap away (and in the navigation)
      const navMine = page.getByTestId('portal-nav-myVolunteer');
      expect((await navMine.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(48);
      await until(
        () => page.getByTestId('portal-volunteer-mine').click(),
        () => page.getByTestId('portal-my-volunteer').isVisible(),
      );
      await inPortalFrame(page, 'portal-my-volunteer');
      expect(new URL(page.url()).pathname).toBe('/portal/volunteer/mine');
      expect(await navMine.getAttribute('aria-current')).toBe('page');
      expect(await page.getByTestId('portal-nav-volunteer').getAttribute('aria-current')).toBeNull();
      await page.getByTestId('portal-my-hours').waitFor();
      expect(await page.getByTestId('portal-volunteer-how').count()).toBe(0);
      const verified = parseFloat(
        (await page.getByTestId('verified-hours').locator('.ant-statistic-content').innerText()).replace(/[^\d.]/g, ''),
      );
      expect(verified).toBeGreaterThan(0);
      const star = Number(
        (await page.getByTestId('star-level').locator('.ant-statistic-content').innerText()).replace(/\D/g, ''),
      );
      expect(star).toBe([100, 300, 600, 1000, 1500].filter((h) => verified >= h).length);
      await page.getByTestId('my-signup').filter({ hasText: '已报名' }).first().waitFor();

      // a numbered certificate (issued now if the volunteer has none yet), downloaded as a PDF
      await until(
        () => page.getByTestId('issue-certificate').click(),
        () => page.getByTestId('certificate-number').first().isVisible(),
      );
      const number = (await page.getByTestId('certificate-number').first().innerText()).trim();
      expect(number).toMatch(/^ZYZ-\d{4}-[0-9A-Z]{10}$/);
      const download = page.getByTestId(`download-${number}`);
      expect((await download.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(48);
      const file = await downloadFrom(page, () => download.click());
      expect(file.suggestedFilename()).toMatch(/\.pdf$/);
      expect(
        readFileSync(await file.path())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');

      await page.waitForLoadState('networkidle');
      expect(await seriousViolations(page)).toEqual([]);
      await noHorizontalScroll(page);
      await page.getByTestId('pref-big-font').click();
      await expect
        .poll(() => page.evaluate(() => localStorage.getItem('jishi.portal.prefs')))
        .toContain('"bigFont":true');
      await noHorizontalScroll(page);
    });
  });

  test('a Party member sees their own hours there, or without a volunteer record the plain way to become one', async () => {
    await phone(async (page) => {
      await signIn(page, baseUrl, 'member');
      const answered = page.waitForResponse(
        (r) => new URL(r.url()).pathname === '/api/my/volunteering' && r.request().method() === 'GET',
      );
      await page.goto(`${baseUrl}/portal/volunteer/mine`);
      await inPortalFrame(page, 'portal-my-volunteer');
      const res = await answered;
      expect(res.status()).toBe(200);
      // the member has no volunteer record until they first sign up (another flow may have done so on this server)
      const { volunteerId } = (await res.json()) as { volunteerId: string | null };
      await page.getByTestId(volunteerId === null ? 'portal-volunteer-how' : 'portal-my-hours').waitFor();
      expect(await page.getByTestId(volunteerId === null ? 'portal-my-hours' : 'portal-volunteer-how').count()).toBe(0);
      await page.waitForLoadState('networkidle');
      expect(await seriousViolations(page)).toEqual([]);
      await noHorizontalScroll(page);
    });
  });

  test("a community's power list opens inside the portal and grows in large-font mode; the old board address still works", async () => {
    await phone(async (page) => {
      await page.goto(`${baseUrl}/portal/communities/${qinjiangId}`);
      await page.getByTestId('portal-community').waitFor();
      await until(
        () => page.getByTestId('portal-community-power-list').click(),
        () => page.getByTestId('power-board-page').isVisible(),
      );
      await inPortalFrame(page, 'power-board-page');
      expect(new URL(page.url()).pathname).toBe(`/portal/power-list/${qinjiangId}`);
      const firstRow = page.locator('[data-testid^="power-board-item-"] p').first();
      await firstRow.waitFor();
      const normal = await firstRow.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      await page.getByTestId('pref-big-font').click();
      await expect
        .poll(() => firstRow.evaluate((el) => parseFloat(getComputedStyle(el).fontSize)))
        .toBeGreaterThanOrEqual(normal * 1.25);
      await noHorizontalScroll(page);
      // back to the community's portal page, not the standalone board
      await until(
        () => page.getByTestId('power-board-back').click(),
        () => page.getByTestId('portal-community').isVisible(),
      );
      expect(new URL(page.url()).pathname).toBe(`/portal/communities/${qinjiangId}`);

      await page.goto(`${baseUrl}/board/${qinjiangId}/power-list`);
      await page.locator('[data-testid^="power-board-item-"]').first().waitFor();
      expect(await page.getByTestId('portal-layout').count()).toBe(0);
      expect(await page.getByTestId('power-board-back').getAttribute('href')).toBe(`/board/${qinjiangId}`);
    });
  });
});
