import { useCallback, useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { allEntries, type OutboxEntry } from './outbox-store.ts';
import { flushOutbox, onOutboxChange } from './outbox-sync.ts';
import { GRID } from './grid-api.ts';

/** The outbox as the page sees it: what waits, whether the device is online; flushes when the connection returns. */
export function useOutbox() {
  const qc = useQueryClient();
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  const [online, setOnline] = useState(() => navigator.onLine);
  const refresh = useCallback(() => {
    void allEntries().then(setEntries, () => setEntries([]));
  }, []);
  useEffect(() => {
    refresh();
    const off = onOutboxChange(() => {
      refresh();
      void qc.invalidateQueries({ queryKey: GRID });
    });
    const up = () => {
      setOnline(true);
      void flushOutbox();
    };
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    void flushOutbox();
    return () => {
      off();
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, [qc, refresh]);
  return { entries, online, retry: () => void flushOutbox() };
}
