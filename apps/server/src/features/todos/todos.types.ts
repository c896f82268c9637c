import type { MessageKind } from '@jishi/shared';
import type { Conn } from '../../db/schema.ts';

/**
 * One open item of work as a module derives it from its own records (docs/ARCHITECTURE.md "To-do").
 * It belongs to a person (`assigneeId`) or to a post: whoever holds `permission` in the unit `unitId`.
 */
export interface TodoDraft {
  /** The record the item is about; one open item per kind and subject. */
  subjectId: string;
  subdistrictId: string;
  unitId: string;
  unitPath: string;
  assigneeId: string | null;
  /** For a post (assigneeId null): the permission its holders have. */
  permission: string | null;
  /** A short reference the reader recognises; never personal data. */
  ref: string;
  params?: Record<string, string | number>;
  link: string;
  dueAt: string | null;
  yellowAt?: string | null;
  redAt?: string | null;
}

/** Which items a derivation covers: some subjects, one subdistrict, or (neither) the whole deployment. */
export interface TodoScope {
  subjectIds?: readonly string[];
  subdistrictId?: string;
}

/**
 * A kind of to-do a module declares (`ServerModule.todos`; its code and menu entry in the manifest's `todos`).
 * `derive` reads the module's records and returns the items that should be open, as of `now`, within the scope:
 * the write paths sync the subjects they touch through it (features/todos/todos.service.ts `syncTodos`, in their
 * transaction), scheduled kinds sync a subdistrict at their time, and the recount test compares the table with it.
 */
export interface TodoKind {
  kind: string;
  derive: (db: Conn, scope: TodoScope, now: string) => Promise<TodoDraft[]>;
  /** Who hears of the kind's items, and when (features/todos/reminders.ts); no reminders when absent. */
  remind?: TodoReminder;
}

/** The stages of an item a reminder can follow: it opened, turned yellow, turned red (or passed its due). */
export type TodoStage = 'open' | 'yellow' | 'red';

/**
 * A kind's reminders: the message kind (MESSAGE_KINDS) sent at each stage named — to the item's addressee (the person,
 * or every holder of the post) — and the words for it. At red, `escalate` also tells the same post one level up.
 */
export interface TodoReminder {
  on: Partial<Record<TodoStage, MessageKind>>;
  /** The kind's name in reminders, both languages (e.g. 待受理的矛盾纠纷 / Disputes to accept). */
  label: { zh: string; en: string };
  escalate?: boolean;
  /** For items addressed to a person: the permission of the post one level up that hears of them at red. */
  escalateTo?: string;
  /** Items that do not announce their opening (e.g. a case a grid worker registered in their own grid). */
  quietOpen?: (params: Record<string, string | number>) => boolean;
}
