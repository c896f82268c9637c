import { api, ApiError, hasCsrfToken } from '../../lib/api-client.ts';
import { fetchSession } from '../auth/session.ts';
import { allEntries, putEntry, removeEntry, type OutboxEntry } from './outbox-store.ts';

/**
 * Sends what waits in the outbox, oldest first, one at a time. An entry leaves the device only once
 * the server has acknowledged it (case and every photo); a network failure leaves it for the next try,
 * a refusal (4xx) is kept with its message for the user to see.
 */
let running: Promise<number> | null = null;
const listeners = new Set<() => void>();

export const onOutboxChange = (fn: () => void): (() => void) => {
  listeners.add(fn);
  return () => listeners.delete(fn);
};
export const outboxChanged = (): void => {
  for (const fn of listeners) fn();
};

async function sendOne(e: OutboxEntry): Promise<void> {
  if (e.kind === 'report') {
    await api('/api/grid/reports', { json: e.body });
    return;
  }
  const created = await api<{ id: string }>('/api/grid/cases', { json: e.body });
  for (const p of e.photos) {
    await api(`/api/grid/cases/${created.id}/photos`, {
      body: p.blob,
      contentType: p.type,
      query: { key: p.key, useLocation: p.useLocation ? 'true' : 'false' },
    });
  }
}

async function flushNow(): Promise<number> {
  // After a cold start offline the session is unconfirmed (no CSRF token): confirm it first; signed out or still offline → keep everything.
  if (!hasCsrfToken() && !(await fetchSession().catch(() => null))) return 0;
  let sent = 0;
  for (const e of await allEntries()) {
    try {
      await sendOne(e);
      await removeEntry(e.key);
      sent += 1;
    } catch (err) {
      if (err instanceof ApiError && err.status === 0) break; // still offline: keep everything, try later
      if (err instanceof ApiError && err.status === 401) break; // signed out elsewhere: keep until signed in
      await putEntry({ ...e, error: err instanceof Error ? err.message : String(err) });
    }
    outboxChanged();
  }
  outboxChanged();
  return sent;
}

/** One flush at a time; callers share the running one. */
export function flushOutbox(): Promise<number> {
  running ??= flushNow().finally(() => {
    running = null;
  });
  return running;
}

/** Keeps a draft on the device, then tries to send it at once. */
export async function enqueue(entry: Omit<OutboxEntry, 'createdAt' | 'error'>): Promise<void> {
  await putEntry({ ...entry, createdAt: new Date().toISOString(), error: null });
  outboxChanged();
  void flushOutbox();
}
