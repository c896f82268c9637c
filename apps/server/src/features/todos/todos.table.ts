/** The to-do centre's table (migration 2026_12_07_1000_todo_items): one row per open item; a finished item is deleted. */
export interface TodoItemTable {
  id: string;
  /** `<module>.<what>`, declared in the module's manifest (`todos`). */
  kind: string;
  /** The record the item is about (a case, a booking, a grid and post holder, …): one open item per kind and subject. */
  subject_id: string;
  subdistrict_id: string;
  /** The unit the item is addressed to (a post in that unit), or the unit of the person it is assigned to. */
  unit_id: string;
  unit_path: string;
  /** A person the item is for; null when it is for a post (whoever holds `permission` in `unit_id`). */
  assignee_id: string | null;
  /** For a post: the permission that makes a user of the unit one of its holders. */
  permission: string | null;
  /** A short non-personal reference (case number, date, title). */
  ref: string;
  /** JSON object of label values. */
  params: string;
  link: string;
  due_at: string | null;
  yellow_at: string | null;
  red_at: string | null;
  /** The earlier of red_at and due_at: the list's order (earliest deadline first) and the urgent count's range. */
  urgent_at: string | null;
  /** The last stage reminders went out for (open, yellow, red), or null: the reminders job's bookkeeping. */
  reminded: string | null;
  created_at: string;
  updated_at: string;
}

/** Open items per addressee (`u:<user>` or `p:<unit>:<permission>`) and kind, kept by the sync: the badge's counts. */
export interface TodoTallyTable {
  addressee: string;
  kind: string;
  n: number;
}
