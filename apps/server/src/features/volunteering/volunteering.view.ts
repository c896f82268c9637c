import type { ActivitySignupTable, VolunteerActivityTable } from './volunteering.table.ts';
import type { SignupStatus } from './volunteering.workflow.ts';

export const activityToView = (a: VolunteerActivityTable & { team_name: string }, mine: string | null = null) => ({
  id: a.id,
  teamId: a.team_id,
  teamName: a.team_name,
  communityId: a.community_id,
  title: a.title,
  theme: a.theme,
  heldOn: a.held_on,
  place: a.place,
  capacity: a.capacity,
  signedUp: a.signed_up,
  mine: mine as SignupStatus | null,
});

export const signupToView = (s: ActivitySignupTable & { volunteer_name: string }) => ({
  id: s.id,
  activityId: s.activity_id,
  volunteerId: s.volunteer_id,
  volunteerName: s.volunteer_name,
  status: s.status,
  checkedInAt: s.checked_in_at,
  checkedOutAt: s.checked_out_at,
  serviceMinutes: s.service_minutes,
  verifiedAt: s.verified_at,
});
