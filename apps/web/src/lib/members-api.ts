import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  activityView,
  pairingComplianceView,
  courseView,
  coverageView,
  inServiceView,
  myCourseView,
  myVolunteeringView,
  orgLifeMeetingView,
  pairingView,
  publicActivityView,
  pointEntryView,
  publicCertificateView,
  scheduleView,
  serviceRecordView,
  jointUnitView,
  volunteerView,
  pairingRuleView,
  studyPlanView,
  quizResultView,
  servicePostView,
  signupView,
  teamMonthlyView,
  teamView,
  trainingStatsView,
  trainingView,
  goodDeedView,
} from '@jishi/shared';
import { api, apiDownload } from './api-client.ts';
import type { QueryValue } from './api-client.ts';
import { saveDownload } from './download.ts';
import { useInvalidate } from './use-invalidate.ts';

/** Party members and volunteers: one thin client per endpoint group; every write refreshes the module's queries. */
export type Course = z.infer<typeof courseView>;
export type MyCourse = z.infer<typeof myCourseView>;
export type Coverage = z.infer<typeof coverageView>;
export type Meeting = z.infer<typeof orgLifeMeetingView>;
export type Schedule = z.infer<typeof scheduleView>;
export type Training = z.infer<typeof trainingView>;
export type TrainingStats = z.infer<typeof trainingStatsView>;
export type InService = z.infer<typeof inServiceView>;
export type ServicePost = z.infer<typeof servicePostView>;
export type Team = z.infer<typeof teamView>;
export type TeamMonthly = z.infer<typeof teamMonthlyView>;
export type Activity = z.infer<typeof activityView>;
export type PublicActivity = z.infer<typeof publicActivityView>;
export type Signup = z.infer<typeof signupView>;
export type MyVolunteering = z.infer<typeof myVolunteeringView>;
export type PublicCertificate = z.infer<typeof publicCertificateView>;
export type GoodDeed = z.infer<typeof goodDeedView>;
export type Pairing = z.infer<typeof pairingView>;
export type Compliance = z.infer<typeof pairingComplianceView>;
export type JointUnit = z.infer<typeof jointUnitView>;
export type Volunteer = z.infer<typeof volunteerView>;
export type PairingRule = z.infer<typeof pairingRuleView>;
export type StudyPlan = z.infer<typeof studyPlanView>;
export type QuizResult = z.infer<typeof quizResultView>;
export type PointEntry = z.infer<typeof pointEntryView>;
export type ServiceRecord = z.infer<typeof serviceRecordView>;

const KEY = ['party-life'] as const;
type Items<T> = { items: T[] };

/** A GET under the module's key, run only when every query value it needs is there. */
export function useGet<T>(path: string, query: Record<string, QueryValue> = {}, enabled = true) {
  return useQuery({
    queryKey: [...KEY, path, query],
    queryFn: ({ signal }) => api<T>(path, { query, signal }),
    enabled,
  });
}

/** A write (POST/PUT) that refreshes the module's queries once it lands. */
export function useWrite<B, R = unknown>(
  path: (body: B) => string,
  method: 'POST' | 'PUT' = 'POST',
  json: (body: B) => unknown = (b) => b,
) {
  const invalidate = useInvalidate(KEY);
  return useMutation({
    mutationFn: (body: B) => api<R>(path(body), { method, json: json(body) }),
    onSuccess: invalidate,
  });
}

export const useItems = <T>(path: string, query: Record<string, QueryValue> = {}, enabled = true) =>
  useGet<Items<T>>(path, query, enabled);

export async function download(path: string, query: Record<string, QueryValue>, fallback: string): Promise<void> {
  saveDownload(await apiDownload(path, { query }), fallback);
}
