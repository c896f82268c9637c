import { expect } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';

/** Failure screenshots go to /tmp, never into the repository. */
export const SCREENSHOT_DIR = process.env.E2E_SCREENSHOT_DIR ?? '/tmp/jishi-e2e-screenshots';

/**
 * Runs one flow in its own browser context (a viewport size, or full context options such as a phone's);
 * on failure saves a full-page screenshot of the current page to SCREENSHOT_DIR before the context is closed.
 */
export async function inContext(
  browser: Browser,
  name: string,
  flow: (page: Page, context: BrowserContext) => Promise<void>,
  options: { width: number; height: number } | BrowserContextOptions = { width: 1440, height: 900 },
): Promise<void> {
  const context = await browser.newContext('width' in options ? { viewport: options } : options);
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  try {
    await flow(page, context);
  } catch (err) {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '_')}-${Date.now()}.png`);
    const open = context.pages().filter((p) => !p.isClosed());
    const last = open[open.length - 1];
    if (last) {
      await last.screenshot({ path: file, fullPage: true }).then(
        () => console.error(`[e2e] screenshot of the failed flow: ${file}`),
        (shotErr: unknown) => console.error(`[e2e] screenshot failed: ${String(shotErr)}`),
      );
    }
    throw err;
  } finally {
    await context.close();
  }
}

/** GB 11643 check character of the first 17 digits. */
export function idCheckChar(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * weights[i];
  return '10X98765432'[sum % 11];
}

const randomDigits = (n: number): string => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('');

/** A valid 18-digit ID number registered in 中原区 (410102) for the given birth date (YYYYMMDD). */
export function makeIdNumber(birthDate: string): string {
  const first17 = `410102${birthDate}${randomDigits(3)}`;
  return first17 + idCheckChar(first17);
}

/** A valid mainland mobile number. */
export const makeMobile = (): string => `139${randomDigits(8)}`;

/** Texts of all elements a locator matches, once they have rendered. */
export const textsOf = async (locator: Locator): Promise<string[]> =>
  (await locator.allInnerTexts()).map((s) => s.trim());

/** The open (visible) antd Select dropdown. */
export const openDropdown = (page: Page): Locator =>
  page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');

/** Picks an option of an antd Select (showSearch) by typing part of it and clicking the option whose title matches. */
export async function pickSelectOption(
  page: Page,
  select: Locator,
  search: string,
  optionTitle: string,
): Promise<void> {
  await select.click();
  await select.locator('input').fill(search);
  const option = openDropdown(page).locator(`.ant-select-item-option[title="${optionTitle}"]`);
  await option.waitFor();
  // A click can land while the dropdown is still animating in and be lost on a busy machine;
  // the search leaves this option active, so Enter selects it reliably.
  await option.hover();
  await page.keyboard.press('Enter');
  await openDropdown(page).waitFor({ state: 'hidden' });
  await select
    .locator(`.ant-select-selection-item[title="${optionTitle}"], .ant-select-content-value[title="${optionTitle}"]`)
    .or(select.getByText(optionTitle.split(' / ').pop() ?? optionTitle))
    .first()
    .waitFor();
}

interface ApiSession {
  cookie: string;
  csrfToken: string;
}

/** Signs in through the API from Node (for test data); returns the session cookie for later calls. */
export async function apiLogin(baseUrl: string, username: string, password = 'Demo#Pass-2026'): Promise<ApiSession> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!res.ok) throw new Error(`API sign-in as ${username} failed: HTTP ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  if (!cookie) throw new Error(`API sign-in as ${username} set no cookie`);
  const body = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken: body.csrfToken };
}

export async function apiGet<T>(baseUrl: string, session: ApiSession, path: string): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`, { headers: { cookie: session.cookie, accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET ${path} failed: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export async function apiLogout(baseUrl: string, session: ApiSession): Promise<void> {
  await fetch(`${baseUrl}/api/auth/logout`, {
    method: 'POST',
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
  });
}

/** The slices of the API views the flows use. */
export interface Unit {
  id: string;
  parentId: string | null;
  kind: string;
  name: string;
}

export interface Resident {
  id: string;
  name: string;
  gridId: string;
  gridName: string;
  idNumberMasked: string | null;
}

export interface Paged<T> {
  items: T[];
  total: number;
}

/** The unit and all its descendants in a flat unit list. */
export function subtree(units: readonly Unit[], rootId: string): Unit[] {
  const out: Unit[] = [];
  const walk = (id: string) => {
    const unit = units.find((u) => u.id === id);
    if (!unit) return;
    out.push(unit);
    for (const child of units.filter((u) => u.parentId === id)) walk(child.id);
  };
  walk(rootId);
  return out;
}

/**
 * Types a date (YYYY-MM-DD, or YYYY in a year picker) into an antd DatePicker's input and commits it by
 * leaving the field (Enter would also submit the surrounding form).
 */
export async function fillDate(page: Page, input: Locator, date: string): Promise<void> {
  await input.click();
  await input.fill(date);
  await page.keyboard.press('Tab');
  await expect.poll(() => input.inputValue()).toBe(date);
}

/** Today's date in Asia/Shanghai (the server's calendar), shifted by `days`. */
export function shanghaiDate(days = 0): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}
