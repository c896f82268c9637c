import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, signIn } from './browser.ts';
import { apiGet, apiLogin, apiLogout, inContext, makeMobile, openDropdown, pickSelectOption } from './support.ts';

/**
 * The staff and member screens of Party life and volunteering that the first flow does not cover, in Chromium on the
 * demo subdistrict: a community worker enters an in-service Party member from the paper form and
 * assigns a grid; a Party member takes a course's quiz on a phone and sees the result.
 */
const baseUrl = inject('baseUrl');
let browser: Browser;
const PHONE = { width: 360, height: 740 };

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface InService {
  id: string;
  name: string;
  source: string;
  gridId: string | null;
  workUnit: string;
}
interface MyCourse {
  id: string;
  questions: unknown[];
  progress: { quizScore: number | null };
}

describe('volunteers console', () => {
  test('staff register an in-service member from a paper form and assign a grid', async () => {
    const name = `纸质登记${String(Date.now()).slice(-6)}`;
    await inContext(browser, 'in-service-paper', async (page) => {
      await signIn(page, baseUrl, 'worker');
      await page.goto(`${baseUrl}/volunteering`);
      await page.getByRole('tab', { name: '在职党员报到' }).click();
      await page.getByTestId('paper-register').click();
      const modal = page.locator('.ant-modal').filter({ hasText: '纸质登记录入' });
      await page.getByTestId('paper-name').fill(name);
      await page.getByTestId('paper-phone').fill(makeMobile());
      await page.getByTestId('paper-work-unit').fill('郑州市自来水公司');
      await page.getByTestId('paper-work-org').fill('郑州市自来水公司党委');
      // The community's post menu loads once the community is known; a click while the dropdown
      // animates in can be lost, so the first option is hovered and chosen with Enter, then checked.
      await page.getByTestId('paper-post').click();
      const post = openDropdown(page).locator('.ant-select-item-option').first();
      await post.waitFor();
      await post.hover();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('paper-post').innerText()).not.toBe('');
      await modal.getByRole('button', { name: /确\s*定|OK/ }).click();
      await modal.waitFor({ state: 'hidden' });

      await page.getByTestId('in-service-search').locator('input').fill(name);
      await page.getByTestId('in-service-search').locator('input').press('Enter');
      const row = page.getByTestId(`in-service-${name}`);
      await row.getByText('未分配').waitFor();
      await row.getByText('纸质登记', { exact: true }).waitFor();
      await row.getByTestId('assign-grid').click();
      const gridModal = page.locator('.ant-modal').filter({ hasText: '分配网格' });
      await pickSelectOption(page, page.getByTestId('grid-select'), '第一网格', '秦江社区 / 秦江社区第一网格');
      await gridModal.getByRole('button', { name: /确\s*定|OK/ }).click();
      await expect.poll(() => row.getByTestId('member-grid').innerText()).toBe('秦江社区第一网格');
    });

    // What the server holds: one paper registration, in the worker's community, with its grid.
    const session = await apiLogin(baseUrl, 'worker');
    const items = (await apiGet<{ items: InService[] }>(baseUrl, session, '/api/in-service/members')).items.filter(
      (m) => m.name === name,
    );
    await apiLogout(baseUrl, session);
    expect(items).toHaveLength(1);
    expect(items[0]!.source).toBe('paper');
    expect(items[0]!.gridId).not.toBeNull();
  });

  test('a Party member takes a quiz on a phone and sees the result', async () => {
    const session = await apiLogin(baseUrl, 'member');
    const course = (await apiGet<{ items: MyCourse[] }>(baseUrl, session, '/api/my/courses')).items.find(
      (c) => c.questions.length > 0,
    );
    await apiLogout(baseUrl, session);
    if (!course) throw new Error('demo data: the member has no course with a quiz');

    await inContext(
      browser,
      'member-quiz',
      async (page) => {
        await signIn(page, baseUrl, 'member');
        await page.goto(`${baseUrl}/my/volunteer`);
        await page.getByTestId(`quiz-${course.id}`).click();
        for (let i = 0; i < course.questions.length; i += 1) {
          // The demo quizzes' right answer is the first option. A click while the modal zooms in can be
          // lost on a busy machine, so the choice is clicked again until the radio reads checked.
          const option = page.getByTestId(`quiz-question-${i}`).locator('.ant-radio-wrapper').first();
          await expect
            .poll(async () => {
              if (!(await option.locator('input').isChecked())) await option.click();
              return option.locator('input').isChecked();
            })
            .toBe(true);
        }
        await expect.poll(() => page.getByTestId('quiz-submit').isEnabled()).toBe(true);
        await page.getByTestId('quiz-submit').click();
        await page.getByTestId('quiz-result').waitFor();
        expect(await page.getByTestId('quiz-score').innerText()).toBe('得分 100');
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width + 1);
        await page
          .locator('.ant-modal')
          .getByRole('button', { name: /完\s*成/ })
          .click();
        await expect
          .poll(() => page.getByTestId(`my-course-${course.id}`).getByTestId('best-score').innerText())
          .toBe('最高 100 分');
      },
      PHONE,
    );

    const after = await apiLogin(baseUrl, 'member');
    const stored = (await apiGet<{ items: MyCourse[] }>(baseUrl, after, '/api/my/courses')).items.find(
      (c) => c.id === course.id,
    );
    await apiLogout(baseUrl, after);
    expect(stored?.progress.quizScore).toBe(100);
  });
});
