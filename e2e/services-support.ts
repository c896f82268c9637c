import type { Page, Response } from 'playwright-core';

/** Set-up shared by the two 便民服务 flows (services-flow, services-console). */

/** Waits for the API answer to one request: method and pathname (exact, or matching a pattern). */
export const answered = (page: Page, method: string, path: string | RegExp): Promise<Response> => page.waitForResponse((r: Response) => {
  const p = new URL(r.url()).pathname;
  return r.request().method() === method && (typeof path === 'string' ? p === path : path.test(p));
});
