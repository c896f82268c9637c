import { expect } from 'vitest';
import type { Locator, Page, Response } from 'playwright-core';

/** Set-up shared by the two 便民服务 flows (services-flow, services-console). */

/** Waits for the API answer to one request: method and pathname (exact, or matching a pattern). */
export const answered = (page: Page, method: string, path: string | RegExp): Promise<Response> =>
  page.waitForResponse((r: Response) => {
    const p = new URL(r.url()).pathname;
    return r.request().method() === method && (typeof path === 'string' ? p === path : path.test(p));
  });

/** Clicks `target` and returns the API answer it sets off, which must be 200 (the body is shown when it is not). */
export async function clickOk(page: Page, target: Locator, method: string, path: string | RegExp): Promise<Response> {
  const answer = answered(page, method, path);
  await target.click();
  const res = await answer;
  expect(res.status(), `${method} ${String(path)}: ${await res.text()}`).toBe(200);
  return res;
}
