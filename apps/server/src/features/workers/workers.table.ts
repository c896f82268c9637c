export interface WorkerTable {
  id: string;
  unit_id: string;
  name: string;
  post: string;
  origin: string;
  is_first_secretary: number;
  /** Date the worker took up the post here; statistics for past dates use it. */
  joined_on: string;
  created_at: string;
  updated_at: string;
}
