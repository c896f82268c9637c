/**
 * Deletes a backlog in batches, so a long clean-up never holds the database writer for long: `pick` returns up to
 * `limit` ids still to go, `remove` deletes them and says how many went. Returns the total.
 */
export async function deleteInBatches(
  pick: (limit: number) => Promise<readonly string[]>,
  remove: (ids: readonly string[]) => Promise<number>,
  limit = 5000,
): Promise<number> {
  let total = 0;
  for (;;) {
    const ids = await pick(limit);
    if (ids.length === 0) return total;
    total += await remove(ids);
    if (ids.length < limit) return total;
  }
}
