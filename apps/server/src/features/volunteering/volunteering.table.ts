import type { ActivityTheme, SignupStatus } from '@jishi/shared';
export interface VolunteerTeamTable {
  id: string;
  community_id: string;
  name: string;
  leader_name: string;
  founded_on: string;
  created_at: string;
}
export interface VolunteerTable {
  id: string;
  community_id: string;
  team_id: string | null;
  user_id: string | null;
  name: string;
  joined_on: string;
  created_at: string;
}
export interface VolunteerActivityTable {
  id: string;
  team_id: string;
  community_id: string;
  title: string;
  theme: ActivityTheme;
  held_on: string;
  place: string;
  capacity: number;
  signed_up: number;
  created_by: string;
  created_at: string;
}
export interface ActivitySignupTable {
  id: string;
  activity_id: string;
  volunteer_id: string;
  /** See SIGNUP_TRANSITIONS: signed_up → checked_in → checked_out → recorded → verified. */
  status: SignupStatus;
  checked_in_at: string | null;
  checked_out_at: string | null;
  /** Actual service time without travel, as the organiser recorded it. */
  service_minutes: number | null;
  recorded_by: string | null;
  verified_at: string | null;
  verified_by: string | null;
  created_at: string;
  updated_at: string;
}
export interface VolunteerCertificateTable {
  id: string;
  number: string;
  volunteer_id: string;
  masked_name: string;
  service_minutes: number;
  star_level: number;
  issued_on: string;
  created_at: string;
}
/** Points (积分): a separate ledger; never read when hours are counted. */
export interface VolunteerPointTable {
  id: string;
  volunteer_id: string;
  points: number;
  reason: string;
  awarded_on: string;
  recorded_by: string;
  created_at: string;
}
