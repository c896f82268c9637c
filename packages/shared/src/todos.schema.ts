import { z } from 'zod';
import { zPage, zPaged } from './common.schema.ts';

/**
 * The to-do centre (待办): open items of work addressed to the signed-in user, either personally or to a post
 * (a permission held in a unit) they fill. Items carry no personal data: a reference (e.g. a case number) and a link.
 */
export const TODO_URGENCIES = ['overdue', 'red', 'yellow', 'normal'] as const;
export type TodoUrgency = (typeof TODO_URGENCIES)[number];

export const todoItemView = z.object({
  id: z.string(),
  /** `<module>.<what>`; the label is the core string `todo.kind.<kind>`. */
  kind: z.string(),
  module: z.string(),
  /** A short reference the reader recognises (case number, booking date, matter title); never personal data. */
  ref: z.string(),
  /** Values for the label (counts, dates, category codes). */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** Where the work is done (a console path). */
  link: z.string(),
  dueAt: z.string().nullable(),
  /** Computed when read from the stored due, yellow and red instants. */
  urgency: z.enum(TODO_URGENCIES),
  /** Addressed to the reader personally (not to their post). */
  mine: z.boolean(),
  createdAt: z.string(),
});
export type TodoItemView = z.infer<typeof todoItemView>;

export const todoGroupView = z.object({
  kind: z.string(),
  module: z.string(),
  count: z.number().int(),
  /** Items overdue or at red. */
  urgent: z.number().int(),
});
export type TodoGroupView = z.infer<typeof todoGroupView>;

export const todoListQuery = zPage.extend({ kind: z.string().max(80).optional() });
export type TodoListQuery = z.infer<typeof todoListQuery>;
export const todoListView = zPaged(todoItemView).extend({ groups: z.array(todoGroupView) });
export type TodoListView = z.infer<typeof todoListView>;

/** The header badge and the menu counts (the web maps kinds to menu entries through the manifests). */
export const todoCountsView = z.object({
  total: z.number().int(),
  urgent: z.number().int(),
  byKind: z.record(z.string(), z.number().int()),
});
export type TodoCountsView = z.infer<typeof todoCountsView>;
