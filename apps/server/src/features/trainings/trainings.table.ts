import type { TrainingKind } from '@jishi/shared';
export interface TrainingTable {
  id: string;
  unit_id: string;
  kind: TrainingKind;
  title: string;
  held_on: string;
  place: string;
  created_by: string;
  created_at: string;
}
export interface TrainingParticipantTable {
  id: string;
  training_id: string;
  name: string;
  post: string;
  attended: number;
}
