import type { Deps } from '../../deps.ts';
import { idsOnPath } from '../../platform/org-scope.ts';
import { notifyMany, smsOf, type Notice } from '../messages/messages.service.ts';
import { postHolders } from '../users/users.service.ts';
import type { TodoKind, TodoStage } from './todos.types.ts';
import * as repo from './todos.repo.ts';

/**
 * To-do reminders: each item is told once per stage it reaches — opened, yellow, red (or past due) — to its
 * addressee (the person, or every holder of the post), and at red one level up when the kind escalates. A round
 * (one subdistrict, one occurrence of `todos.remind`) gathers the items that moved on since they were last told,
 * collapses them into one message per addressee, kind and stage (a digest: "3 件已超时" with their references),
 * posts a count to the unit's group robots, and marks the items — all in one transaction.
 */
const RANK: Record<TodoStage, number> = { open: 1, yellow: 2, red: 3 };
const WORDS: Record<TodoStage, { zh: string; en: string }> = {
  open: { zh: '新增', en: 'new' },
  yellow: { zh: '即将到期', en: 'due soon' },
  red: { zh: '已超时', en: 'overdue' },
};

export function stageOf(r: Pick<repo.TodoRow, 'due_at' | 'yellow_at' | 'red_at'>, now: string): TodoStage {
  if ((r.red_at !== null && r.red_at <= now) || (r.due_at !== null && r.due_at <= now)) return 'red';
  if (r.yellow_at !== null && r.yellow_at <= now) return 'yellow';
  return 'open';
}

interface Batch {
  kind: TodoKind;
  stage: TodoStage;
  addressee: string;
  above: boolean;
  unitId: string;
  rows: repo.TodoRow[];
}

/** The stage to tell for an item: the highest the kind reminds of, past what was told, up to where it is now. */
function toTell(kind: TodoKind, row: repo.TodoRow, now: string): TodoStage | null {
  const remind = kind.remind;
  if (!remind) return null;
  const told = row.reminded ? RANK[row.reminded as TodoStage] : 0;
  const at = RANK[stageOf(row, now)];
  const stages = (['red', 'yellow', 'open'] as const).filter((s) => remind.on[s] && RANK[s] > told && RANK[s] <= at);
  const stage = stages[0] ?? null;
  if (stage === 'open' && remind.quietOpen?.(JSON.parse(row.params))) return null;
  return stage;
}

/** The batch's references, each once with how many items share it (秦江社区（3）), the first ten. */
function refsOf(rows: readonly repo.TodoRow[]) {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.ref, (counts.get(r.ref) ?? 0) + 1);
  const shown = [...counts].slice(0, 10);
  return {
    zh: shown.map(([ref, k]) => (k > 1 ? `${ref}（${k}）` : ref)).join('、'),
    en: shown.map(([ref, k]) => (k > 1 ? `${ref} (${k})` : ref)).join(', '),
    listed: shown.reduce((sum, [, k]) => sum + k, 0),
  };
}

function noticeOf(deps: Deps, b: Batch, users: readonly string[], occurrence: string): Notice {
  const remind = b.kind.remind as NonNullable<TodoKind['remind']>;
  const n = b.rows.length;
  const { zh, en, listed } = refsOf(b.rows);
  const more = n > listed ? { zh: ` 等${n}件`, en: ` and ${n - listed} more` } : { zh: '', en: '' };
  const where = b.above ? { zh: '下级', en: 'Below: ' } : { zh: '', en: '' };
  const title = {
    zh: `${where.zh}${remind.label.zh}：${n}件${WORDS[b.stage].zh}`,
    en: `${where.en}${remind.label.en}: ${n} ${WORDS[b.stage].en}`,
  };
  const kind = remind.on[b.stage] as NonNullable<(typeof remind.on)[TodoStage]>;
  return {
    kind,
    dedupeKey: `${occurrence}:${b.kind.kind}:${b.stage}:${b.above ? 'above:' : ''}${b.addressee}`,
    users,
    unitId: b.unitId,
    title,
    body: { zh: `${zh}${more.zh}`, en: `${en}${more.en}` },
    link: n === 1 && !b.above ? (b.rows[0] as repo.TodoRow).link : '/',
    group: { title: title.zh, lines: [`${remind.label.zh}${WORDS[b.stage].zh} ${n} 件`], link: '/' },
    sms: smsOf(deps.config, kind, { item: remind.label.zh, count: String(n), state: WORDS[b.stage].zh }),
  };
}

/** One round of reminders for a subdistrict as of `now`; `occurrence` names the round (the dedupe keys). */
export async function remindSubdistrict(
  deps: Deps,
  kinds: readonly TodoKind[],
  subdistrictId: string,
  now: string,
  occurrence: string,
): Promise<{ items: number; notices: number }> {
  const byCode = new Map(kinds.filter((k) => k.remind).map((k) => [k.kind, k]));
  if (byCode.size === 0) return { items: 0, notices: 0 };
  return deps.db.transaction().execute(async (trx) => {
    const rows = await repo.movedOn(trx, subdistrictId, [...byCode.keys()], now);
    const batches = new Map<string, Batch>();
    const add = (b: Omit<Batch, 'rows'>, row: repo.TodoRow) => {
      const key = `${b.kind.kind} ${b.stage} ${b.above} ${b.addressee}`;
      const batch = batches.get(key) ?? { ...b, rows: [] };
      batch.rows.push(row);
      batches.set(key, batch);
    };
    for (const row of rows) {
      const kind = byCode.get(row.kind) as TodoKind;
      const stage = toTell(kind, row, now);
      if (stage === null) continue;
      add({ kind, stage, addressee: repo.addresseeOf(row), above: false, unitId: row.unit_id }, row);
      const parent = idsOnPath(row.unit_path).at(-2);
      const upPermission = row.permission ?? kind.remind?.escalateTo;
      if (stage === 'red' && kind.remind?.escalate && parent && upPermission)
        add({ kind, stage, addressee: `p:${parent}:${upPermission}`, above: true, unitId: parent }, row);
    }
    const posts = [...batches.values()].filter((b) => b.addressee.startsWith('p:')).map((b) => b.addressee.slice(2));
    const holders = await postHolders(trx, posts);
    const notices = [...batches.values()].map((b) =>
      noticeOf(
        deps,
        b,
        b.addressee.startsWith('u:') ? [b.addressee.slice(2)] : (holders.get(b.addressee.slice(2)) ?? []),
        occurrence,
      ),
    );
    await notifyMany(trx, deps, notices, now);
    await repo.markReminded(
      trx,
      rows.map((r) => ({ id: r.id, stage: stageOf(r, now) })),
    );
    return { items: rows.length, notices: notices.length };
  });
}
