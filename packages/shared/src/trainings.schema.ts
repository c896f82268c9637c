import { z } from 'zod';
import { zDate, zId, zName, zOptText, zText } from './common.schema.ts';

/** Trainings and study visits. */
export const TRAINING_KINDS = ['pre_job', 'in_service', 'meeting_as_training', 'study_visit', 'business'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];
export const trainingCreateBody = z.strictObject({
  unitId: zId,
  kind: z.enum(TRAINING_KINDS),
  title: zText(100),
  heldOn: zDate,
  place: zText(100),
  participants: z
    .array(z.strictObject({ name: zName, post: zOptText(60), attended: z.boolean() }))
    .max(500)
    .default([]),
});
export type TrainingCreate = z.infer<typeof trainingCreateBody>;
export const trainingView = z.object({
  id: z.string(),
  unitId: z.string(),
  kind: z.enum(TRAINING_KINDS),
  title: z.string(),
  heldOn: z.string(),
  place: z.string(),
  participants: z.number().int(),
  attended: z.number().int(),
});
export const trainingStatsView = z.object({
  year: z.number().int(),
  studyVisits: z.number().int(),
  trainings: z.number().int(),
  byKind: z.record(z.string(), z.number().int()),
  attendance: z.number().int(),
});
