/**
 * The grid worker's outbox (待发送): drafts made without a connection, kept in IndexedDB on the device
 * until the server has acknowledged them. Each entry carries the idempotency key the server honours,
 * so sending it again (after a lost answer, a reload, a second tab) never makes a duplicate.
 * Only drafts are kept here, and the whole store is deleted on sign-out.
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
  (await run<OutboxEntry[]>('readonly', (s) => s.getAll() as IDBRequest<OutboxEntry[]>)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));

/** Deletes every draft on the device (sign-out). */
export async function clearOutbox(): Promise<void> {
  try {
    await run('readwrite', (s) => s.clear());
  } catch {
    // No store on this device: nothing to clear.
  }
}
