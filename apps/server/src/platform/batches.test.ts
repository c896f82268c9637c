import { describe, expect, it } from 'vitest';
import { deleteInBatches } from './batches.ts';

describe('deleteInBatches', () => {
  it('takes a backlog in batches until a batch comes back short, and counts what went', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `r${i}`);
    const batches: number[] = [];
    const total = await deleteInBatches(
      async (limit) => rows.slice(0, limit),
      async (ids) => {
        batches.push(ids.length);
        rows.splice(0, ids.length);
        return ids.length;
      },
      5,
    );
    expect(total).toBe(12);
    expect(batches).toEqual([5, 5, 2]);
    expect(rows).toEqual([]);
  });

  it('stops at once when nothing is left, and after a full batch asks once more', async () => {
    let picks = 0;
    const total = await deleteInBatches(
      async (limit) => (++picks === 1 ? ['a', 'b'].slice(0, limit) : []),
      async (ids) => ids.length,
      2,
    );
    expect(total).toBe(2);
    expect(picks).toBe(2);
  });
});
