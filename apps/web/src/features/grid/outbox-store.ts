/**
 * The grid worker's outbox (待发送): drafts made without a connection, kept in IndexedDB on the device
 * until the server has acknowledged them. Each entry carries the idempotency key the server honours,
 * so sending it again (after a lost answer, a reload, a second tab) never makes a duplicate.
 * Only drafts are kept here; the whole store is deleted on sign-out and when another user's session begins.
 */
export type OutboxKind = 'report' | 'case';

export interface OutboxEntry {
  /** The idempotency key of the report or case. */
  key: string;
  kind: OutboxKind;
  /** What the user sees in the "waiting to send" list. */
  label: string;
  body: Record<string, unknown>;
  /** Photos of a case, each with its own key (sent after the case exists). */
  photos: { key: string; blob: Blob; type: string; useLocation: boolean }[];
  createdAt: string;
  /** The last refusal from the server (kept, shown, never silently dropped). */
  error: string | null;
}

const DB_NAME = 'jishi-grid-outbox';
const STORE = 'entries';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'key' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export const putEntry = (entry: OutboxEntry): Promise<IDBValidKey> => run('readwrite', (s) => s.put(entry));
export const removeEntry = (key: string): Promise<undefined> => run('readwrite', (s) => s.delete(key));
export const allEntries = async (): Promise<OutboxEntry[]> =>
  (await run<OutboxEntry[]>('readonly', (s) => s.getAll() as IDBRequest<OutboxEntry[]>)).sort((a, b) =>
    a.createdAt.localeCompare(b.createdAt),
  );

/**
 * The caller's grid posts (grid id and name, post: no personal data), kept on the device so the drafts page can
 * offer its grids when the phone starts offline. Cleared with the drafts on sign-out, and when a session of
 * another user begins on the device (`claimDevice`).
 */
export interface RememberedPost {
  gridId: string;
  gridName: string;
  post: 'leader' | 'worker' | 'specialist';
}
const POSTS_KEY = 'jishi-grid-posts';
/** The user id of the session the drafts and remembered posts on this device belong to. */
const OWNER_KEY = 'jishi-grid-owner';

export function rememberPosts(posts: readonly RememberedPost[]): void {
  localStorage.setItem(
    POSTS_KEY,
    JSON.stringify(posts.map((p) => ({ gridId: p.gridId, gridName: p.gridName, post: p.post }))),
  );
}

/** The posts remembered for the device's owner; none when no session has claimed the device. */
export function rememberedPosts(): RememberedPost[] {
  if (localStorage.getItem(OWNER_KEY) === null) return [];
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(POSTS_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as RememberedPost[]) : [];
  } catch {
    return [];
  }
}

/** Deletes every draft on the device, and the remembered posts (sign-out). */
export async function clearOutbox(): Promise<void> {
  localStorage.removeItem(POSTS_KEY);
  localStorage.removeItem(OWNER_KEY);
  try {
    await run('readwrite', (s) => s.clear());
  } catch {
    // No store on this device: nothing to clear.
  }
}

/**
 * Hands the device's offline data to the user of a session that has just been confirmed or begun. On a shared
 * phone the previous user may not have signed out: their drafts and remembered grids are deleted before anything
 * of the new session reads (or sends) them. Data kept before owners were recorded has no owner and goes too.
 */
export async function claimDevice(userId: string): Promise<void> {
  try {
    if (localStorage.getItem(OWNER_KEY) === userId) return;
    await clearOutbox();
    localStorage.setItem(OWNER_KEY, userId);
  } catch {
    // No storage on this device (private mode): nothing is kept, so nothing to hand over.
  }
}
