import type { CourseKind } from '@jishi/shared';
export interface CourseTable {
  id: string;
  unit_id: string;
  title: string;
  /** article | pdf | video */
  kind: CourseKind;
  body: string;
  /** Stored study material (PDF/video) in the platform's file store; null for articles. */
  file_key: string | null;
  /** application/pdf | video/mp4 */
  file_type: string | null;
  minutes: number;
  /** JSON: [{ question, options: string[], answer: number }] */
  quiz: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}
export interface StudyPlanTable {
  id: string;
  branch_id: string;
  year: number;
  title: string;
  /** JSON array of course ids. */
  course_ids: string;
  created_at: string;
}
/** Which Party member a signed-in account is (for one's own learning records). */
export interface MemberAccountTable {
  user_id: string;
  member_id: string;
  linked_at: string;
}
export interface LearningRecordTable {
  id: string;
  course_id: string;
  member_id: string;
  minutes: number;
  completed: number;
  quiz_score: number | null;
  created_at: string;
  updated_at: string;
}
