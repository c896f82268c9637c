import type { Role } from '@jishi/shared';

/**
 * The authorization matrix: for every API route, who may call it. Written out by hand (it is
 * the specification the server is tested against, so it must NOT be derived from
 * ROLE_PERMISSIONS).
 *
 * - 'public'        every caller, anonymous included;
 * - 'authenticated' every signed-in role;
 * - a role list     exactly these roles; every role NOT listed is an explicit deny (403 FORBIDDEN),
 *                   and anonymous callers get 401.
 *
 * authorization-matrix.int.test.ts fails when a registered route is missing here, when this
 * table names a route that does not exist, and when any route × role cell disagrees.
 */
export type RouteKey = `${'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'} /api/${string}`;
export type RouteAccess = 'public' | 'authenticated' | readonly Role[];
export type Caller = Role | 'anonymous';
export type Outcome = 'allow' | 'deny' | 'unauthenticated';

/** Staff who follow the deliberation hall and subdistrict meetings (discipline inspectors read, never write). */
const DECISION_READERS = [
  'subdistrict_admin',
  'subdistrict_leader',
  'community_secretary',
  'community_worker',
  'branch_secretary',
  'inspector',
] as const;
/** Staff who open matters and record their stages. */
const DECISION_WRITERS = ['subdistrict_admin', 'community_secretary', 'community_worker'] as const;
/** Staff who follow the power list and its exercises (inspectors read across the subdistrict). */
const INTEGRITY_READERS = [
  'subdistrict_admin',
  'subdistrict_leader',
  'community_secretary',
  'community_worker',
  'inspector',
] as const;
/** Staff who run exercises of the power list in their community. */
const INTEGRITY_WRITERS = ['subdistrict_admin', 'community_secretary', 'community_worker'] as const;
/** Residents' side of the hall: propose, support, rate (Party members and volunteers are residents too). */
const RESIDENTS = ['party_member', 'volunteer', 'resident'] as const;
// grid governance
/** Staff who follow daily reports and dispute cases. */
const GRID_READERS = [
  'subdistrict_admin',
  'subdistrict_leader',
  'community_secretary',
  'community_worker',
  'grid_worker',
] as const;
/** Dispute screening specialists file daily reports (grid and community workers holding the post). */
const GRID_REPORTERS = ['community_worker', 'grid_worker'] as const;
/** Staff who register and handle dispute cases at their level. */
const GRID_HANDLERS = ['subdistrict_admin', 'community_secretary', 'community_worker', 'grid_worker'] as const;
/** Staff who assign posts in grids. */
const GRID_MANAGERS = ['subdistrict_admin', 'community_secretary'] as const;

// party life and volunteers: who may call the education, 三会一课, trainings, in-service, volunteering, good-deed and pairing routes.
const PL_READERS = [
  'subdistrict_admin',
  'subdistrict_leader',
  'community_secretary',
  'community_worker',
  'branch_secretary',
  'inspector',
] as const;
const PL_WRITERS = ['subdistrict_admin', 'community_secretary', 'community_worker', 'branch_secretary'] as const;
const PL_CLOSERS = ['subdistrict_admin', 'community_secretary'] as const;
const STUDY_SELF = ['party_member'] as const;
const VOL_READERS = PL_READERS;
const VOL_WRITERS = ['subdistrict_admin', 'community_secretary', 'community_worker'] as const;
const VOL_SELF = ['party_member', 'volunteer'] as const;
const PAIR_READERS = PL_READERS;
const PAIR_WRITERS = ['subdistrict_admin', 'subdistrict_leader', 'community_secretary', 'branch_secretary'] as const;
const PARTY_LIFE_MATRIX = {
  'GET /api/education/courses': PL_READERS,
  'POST /api/education/courses': PL_WRITERS,
  'GET /api/education/plans': PL_READERS,
  'POST /api/education/plans': PL_WRITERS,
  'GET /api/education/coverage': PL_READERS,
  'POST /api/education/member-accounts': PL_WRITERS,
  'GET /api/my/courses': STUDY_SELF,
  'POST /api/my/courses/:id/progress': STUDY_SELF,
  'POST /api/my/courses/:id/quiz': STUDY_SELF,
  'GET /api/party-life/meetings': PL_READERS,
  'POST /api/party-life/meetings': PL_WRITERS,
  'GET /api/party-life/schedule': PL_READERS,
  'POST /api/party-life/closed-months': PL_CLOSERS,
  'GET /api/trainings': PL_READERS,
  'POST /api/trainings': PL_WRITERS,
  'GET /api/trainings/stats': PL_READERS,
  'GET /api/in-service/posts': VOL_READERS,
  'POST /api/in-service/posts': VOL_WRITERS,
  'GET /api/in-service/members': VOL_READERS,
  'POST /api/in-service/members': VOL_WRITERS,
  'POST /api/in-service/members/:id/grid': VOL_WRITERS,
  'POST /api/in-service/members/:id/records': VOL_WRITERS,
  'POST /api/in-service/members/:id/evaluations': VOL_WRITERS,
  'POST /api/in-service/members/:id/feedback.pdf': VOL_READERS,
  'POST /api/in-service/feedback.xlsx': VOL_READERS,
  'GET /api/in-service/joint-units': VOL_READERS,
  // party gaps: receiving branch, service records, points ledger, per-work-unit feedback
  'POST /api/in-service/members/:id/branch': VOL_WRITERS,
  'GET /api/in-service/records': VOL_READERS,
  'POST /api/in-service/work-units/feedback.pdf': VOL_READERS,
  'POST /api/in-service/work-units/feedback.xlsx': VOL_READERS,
  'GET /api/my/in-service/records': VOL_SELF,
  'GET /api/volunteer/points': VOL_READERS,
  'GET /api/my/points': VOL_SELF,
  'POST /api/in-service/joint-units': VOL_WRITERS,
  'GET /api/my/in-service/posts': VOL_SELF,
  'GET /api/my/in-service': VOL_SELF,
  'POST /api/my/in-service': VOL_SELF,
  'GET /api/volunteer/teams': VOL_READERS,
  'POST /api/volunteer/teams': VOL_WRITERS,
  'GET /api/volunteer/teams/monthly': VOL_READERS,
  'GET /api/volunteer/volunteers': VOL_READERS,
  'POST /api/volunteer/volunteers': VOL_WRITERS,
  'GET /api/volunteer/activities': VOL_READERS,
  'POST /api/volunteer/activities': VOL_WRITERS,
  'GET /api/volunteer/activities/:id/signups': VOL_READERS,
  'POST /api/volunteer/signups/:id/check-in': VOL_WRITERS,
  'POST /api/volunteer/signups/:id/check-out': VOL_WRITERS,
  'POST /api/volunteer/signups/:id/hours': VOL_WRITERS,
  'POST /api/volunteer/signups/:id/verify': VOL_WRITERS,
  'POST /api/volunteer/points': VOL_WRITERS,
  'GET /api/my/activities': VOL_SELF,
  'POST /api/my/activities/:id/signup': VOL_SELF,
  'GET /api/my/volunteering': VOL_SELF,
  'POST /api/my/certificates': VOL_SELF,
  'GET /api/my/certificates/:number/pdf': VOL_SELF,
  'GET /api/public/certificates/:number': 'public',
  // residents' portal: a community's upcoming activities, no sign-in (signing up stays VOL_SELF above)
  'GET /api/public/communities/:id/activities': 'public',
  'GET /api/good-deeds': VOL_READERS,
  'POST /api/good-deeds': VOL_WRITERS,
  'POST /api/good-deeds/:id/confirm': VOL_WRITERS,
  'GET /api/pairing/rules': PAIR_READERS,
  'PUT /api/pairing/rules': ['subdistrict_admin'],
  'GET /api/pairing/pairs': PAIR_READERS,
  'POST /api/pairing/pairs': PAIR_WRITERS,
  'POST /api/pairing/pairs/:id/contacts': PAIR_WRITERS,
  'GET /api/pairing/compliance': PAIR_READERS,
  'POST /api/party-life/photos': PL_WRITERS,
  'GET /api/party-life/meetings/:id/photos/:n': PL_READERS,
  'POST /api/pairing/photos': PAIR_WRITERS,
  'GET /api/pairing/contacts/:id/photos/:n': PAIR_READERS,
  'POST /api/education/courses/:id/material': PL_WRITERS,
  'GET /api/education/courses/:id/material': PL_READERS,
  'GET /api/my/courses/:id/material': STUDY_SELF,
} as const satisfies Record<RouteKey, RouteAccess>;
export type PartyLifeRoute = keyof typeof PARTY_LIFE_MATRIX;

// services: premises, funds, bookings, catalogue and requests, providers, Open311 keys, brands
/** Staff who follow the service centre (inspectors read). */
const SERVICE_READERS = [
  'subdistrict_admin',
  'subdistrict_leader',
  'community_secretary',
  'community_worker',
  'inspector',
] as const;
/** Staff who run it. */
const SERVICE_WRITERS = ['subdistrict_admin', 'community_secretary', 'community_worker'] as const;
/** Who reads funds: the subdistrict, its leaders, community secretaries, inspectors. */
const FUND_READERS = ['subdistrict_admin', 'subdistrict_leader', 'community_secretary', 'inspector'] as const;
/** Who books rooms: residents, members, volunteers, branches, providers and the service staff. */
const BOOKERS = [
  'subdistrict_admin',
  'community_secretary',
  'community_worker',
  'branch_secretary',
  'party_member',
  'volunteer',
  'resident',
  'provider',
] as const;
/** Residents' portal for requests (their own only). */
const REQUESTERS = ['party_member', 'volunteer', 'resident'] as const;
export const SERVICES_MATRIX = {
  'GET /api/services/premises': SERVICE_READERS,
  'POST /api/services/premises': SERVICE_WRITERS,
  'GET /api/services/premises/:id': SERVICE_READERS,
  'PATCH /api/services/premises/:id': SERVICE_WRITERS,
  'POST /api/services/premises/:id/rooms': SERVICE_WRITERS,
  'PATCH /api/services/rooms/:id': SERVICE_WRITERS,
  'GET /api/services/area-stats': SERVICE_READERS,
  'GET /api/services/projects': SERVICE_READERS,
  'POST /api/services/projects': SERVICE_WRITERS,
  'POST /api/services/projects/:id/actions': SERVICE_WRITERS,
  'GET /api/funds/allocations': FUND_READERS,
  'POST /api/funds/allocations': ['subdistrict_admin'],
  'GET /api/funds/allocations/:id': FUND_READERS,
  'POST /api/funds/allocations/:id/expenditures': ['subdistrict_admin'],
  'POST /api/funds/allocations/:id/approvals': ['subdistrict_leader'],
  'GET /api/funds/totals': FUND_READERS,
  'GET /api/funds/over-budget': FUND_READERS,
  'GET /api/bookings/rooms': BOOKERS,
  'GET /api/bookings': BOOKERS,
  'POST /api/bookings': BOOKERS,
  'GET /api/bookings/:id': BOOKERS,
  'POST /api/bookings/:id/actions': BOOKERS,
  'GET /api/services/bookings': SERVICE_READERS,
  'GET /api/public/rooms/:id/calendar.ics': 'public',
  'GET /api/services/providers': SERVICE_READERS,
  'POST /api/services/providers': SERVICE_WRITERS,
  'GET /api/services/providers/:id': SERVICE_READERS,
  'POST /api/services/providers/:id/agreements': SERVICE_WRITERS,
  'POST /api/services/providers/:id/accounts': SERVICE_WRITERS,
  'GET /api/services/providers/:id/account-candidates': SERVICE_WRITERS,
  'DELETE /api/services/providers/:id/accounts/:userId': SERVICE_WRITERS,
  'GET /api/services/catalog': SERVICE_READERS,
  'POST /api/services/catalog': SERVICE_WRITERS,
  'PATCH /api/services/catalog/:id': SERVICE_WRITERS,
  'POST /api/services/catalog/:id/active': SERVICE_WRITERS,
  'GET /api/services/requests': SERVICE_READERS,
  'POST /api/services/requests': SERVICE_WRITERS,
  'GET /api/services/requests/:id': SERVICE_READERS,
  'POST /api/services/requests/:id/actions': SERVICE_WRITERS,
  'GET /api/services/requests/:id/photos/:photoId': SERVICE_READERS,
  'GET /api/portal/services': REQUESTERS,
  'GET /api/portal/requests': REQUESTERS,
  'POST /api/portal/requests': REQUESTERS,
  'GET /api/portal/requests/:id': REQUESTERS,
  'POST /api/portal/requests/:id/actions': REQUESTERS,
  'POST /api/portal/requests/:id/publicity': REQUESTERS,
  'POST /api/portal/requests/:id/photos': REQUESTERS,
  'GET /api/portal/requests/:id/photos/:photoId': REQUESTERS,
  'GET /api/provider/orders': ['provider'],
  'GET /api/provider/orders/:id': ['provider'],
  'POST /api/provider/orders/:id/actions': ['provider'],
  'GET /api/services/receptions': SERVICE_READERS,
  'POST /api/services/receptions': SERVICE_WRITERS,
  'GET /api/services/receptions/:id': SERVICE_READERS,
  'POST /api/services/receptions/:id/issues/:issueId/request': SERVICE_WRITERS,
  'GET /api/services/open311-clients': ['subdistrict_admin'],
  'POST /api/services/open311-clients': ['subdistrict_admin'],
  'POST /api/services/open311-clients/:id/revoke': ['subdistrict_admin'],
  'GET /api/services/brands': SERVICE_READERS,
  'POST /api/services/brands': SERVICE_WRITERS,
  'POST /api/services/brands/:id/photos': SERVICE_WRITERS,
  'GET /api/public/brands/:id/photos/:photoId': 'public',
  'POST /api/services/honours': SERVICE_WRITERS,
  'GET /api/public/communities': 'public',
  'GET /api/public/communities/:id': 'public',
} as const satisfies Record<RouteKey, RouteAccess>;

export const AUTHORIZATION_MATRIX = {
  // meta
  'GET /api/health': 'public',
  'GET /api/meta': 'public',
  'GET /api/openapi.json': 'public',

  // to-do centre: one's own items (each reader sees only what is addressed to them)
  'GET /api/todos': 'authenticated',
  'GET /api/todos/counts': 'authenticated',

  // auth: one's own session and account
  'POST /api/auth/login': 'public',
  'GET /api/auth/session': 'authenticated',
  'POST /api/auth/logout': 'authenticated',
  'POST /api/auth/password': 'authenticated',
  'POST /api/auth/totp/setup': 'authenticated',
  'POST /api/auth/totp/enable': 'authenticated',
  'POST /api/auth/totp/disable': 'authenticated',
  'POST /api/auth/recovery-codes': 'authenticated',

  // territory: units
  'GET /api/territory/units': [
    'subdistrict_admin',
    'subdistrict_leader',
    'community_secretary',
    'community_worker',
    'grid_worker',
    'inspector',
    'security_admin',
  ],
  'GET /api/territory/units/:id': [
    'subdistrict_admin',
    'subdistrict_leader',
    'community_secretary',
    'community_worker',
    'grid_worker',
    'inspector',
    'security_admin',
  ],
  'POST /api/territory/units': ['subdistrict_admin', 'community_secretary'],
  'PATCH /api/territory/units/:id': ['subdistrict_admin', 'community_secretary'],
  'POST /api/territory/units/:id/merge': ['subdistrict_admin'],
  'GET /api/territory/units/:id/history': [
    'subdistrict_admin',
    'subdistrict_leader',
    'community_secretary',
    'community_worker',
    'grid_worker',
    'inspector',
    'security_admin',
  ],
  'GET /api/territory/units/:id/parent-at': [
    'subdistrict_admin',
    'subdistrict_leader',
    'community_secretary',
    'community_worker',
    'grid_worker',
    'inspector',
    'security_admin',
  ],

  // territory: buildings and households (reading is territory data, writing is registry work)
  'GET /api/territory/buildings': [
    'subdistrict_admin',
    'subdistrict_leader',
    'community_secretary',
    'community_worker',
    'grid_worker',
    'inspector',
    'security_admin',
  ],
  'POST /api/territory/buildings': ['subdistrict_admin', 'community_secretary', 'community_worker', 'grid_worker'],
  'GET /api/territory/households': [
    'subdistrict_admin',
    'subdistrict_leader',
    'community_secretary',
    'community_worker',
    'grid_worker',
    'inspector',
    'security_admin',
  ],
  'POST /api/territory/households': ['subdistrict_admin', 'community_secretary', 'community_worker', 'grid_worker'],

  // Party organisations
  'GET /api/party-orgs': [
    'subdistrict_admin',
    'subdistrict_leader',
    'community_secretary',
    'community_worker',
    'branch_secretary',
    'inspector',
  ],
  'POST /api/party-orgs': ['subdistrict_admin', 'community_secretary'],
  'PATCH /api/party-orgs/:id': ['subdistrict_admin', 'community_secretary'],

  // residents
  'GET /api/residents': [
    'subdistrict_admin',
    'subdistrict_leader',
    'community_secretary',
    'community_worker',
    'grid_worker',
    'inspector',
  ],
  'GET /api/residents/import-template': ['subdistrict_admin', 'community_secretary', 'community_worker'],
  'POST /api/residents/import': ['subdistrict_admin', 'community_secretary', 'community_worker'],
  'POST /api/residents/export': ['subdistrict_admin', 'community_secretary'],
  'POST /api/residents/lookup': [
    'subdistrict_admin',
    'subdistrict_leader',
    'community_secretary',
    'community_worker',
    'grid_worker',
    'inspector',
  ],
  'GET /api/residents/:id': [
    'subdistrict_admin',
    'subdistrict_leader',
    'community_secretary',
    'community_worker',
    'grid_worker',
    'inspector',
  ],
  'POST /api/residents': ['subdistrict_admin', 'community_secretary', 'community_worker', 'grid_worker'],
  'PATCH /api/residents/:id': ['subdistrict_admin', 'community_secretary', 'community_worker', 'grid_worker'],
  'DELETE /api/residents/:id': ['subdistrict_admin', 'community_secretary', 'community_worker', 'grid_worker'],
  'POST /api/residents/:id/reveal': ['subdistrict_admin', 'community_secretary'],

  // Party members
  'GET /api/party-members': [
    'subdistrict_admin',
    'subdistrict_leader',
    'community_secretary',
    'community_worker',
    'branch_secretary',
    'inspector',
  ],
  'POST /api/party-members': ['subdistrict_admin', 'community_secretary', 'community_worker', 'branch_secretary'],
  'PATCH /api/party-members/:id': ['subdistrict_admin', 'community_secretary', 'community_worker', 'branch_secretary'],

  // community workers
  'GET /api/workers': [
    'subdistrict_admin',
    'subdistrict_leader',
    'community_secretary',
    'community_worker',
    'inspector',
  ],
  'POST /api/workers': ['subdistrict_admin', 'community_secretary'],
  'PATCH /api/workers/:id': ['subdistrict_admin', 'community_secretary'],

  // accounts and role grants: the security administrator only (三员分立)
  'GET /api/users': ['security_admin'],
  'POST /api/users': ['security_admin'],
  'GET /api/jobs': ['security_admin'],
  // messages and channels: each user's own messages; robots by who manages a unit's; the outbox by the security admin
  'GET /api/messages': 'authenticated',
  'GET /api/messages/unread-count': 'authenticated',
  'POST /api/messages/:id/read': 'authenticated',
  'POST /api/messages/read-all': 'authenticated',
  'GET /api/messages/preferences': 'authenticated',
  'PUT /api/messages/preferences': 'authenticated',
  'GET /api/robots': ['subdistrict_admin', 'community_secretary'],
  'POST /api/robots': ['subdistrict_admin', 'community_secretary'],
  'PUT /api/robots/:id': ['subdistrict_admin', 'community_secretary'],
  'DELETE /api/robots/:id': ['subdistrict_admin', 'community_secretary'],
  'POST /api/robots/:id/test': ['subdistrict_admin', 'community_secretary'],
  'GET /api/outbox': ['security_admin'],
  'PATCH /api/users/:id': ['security_admin'],
  'POST /api/users/:id/password-reset': ['security_admin'],
  'POST /api/users/:id/second-factor-reset': ['security_admin'],

  // changes to administrator accounts: proposed by one of the three administrators (三员), approved by another
  'GET /api/account-proposals': ['subdistrict_admin', 'security_admin', 'audit_admin'],
  'GET /api/account-proposals/accounts': ['subdistrict_admin', 'security_admin', 'audit_admin'],
  'POST /api/account-proposals': ['subdistrict_admin', 'security_admin', 'audit_admin'],
  'POST /api/account-proposals/:id/approve': ['subdistrict_admin', 'security_admin', 'audit_admin'],
  'POST /api/account-proposals/:id/reject': ['subdistrict_admin', 'security_admin', 'audit_admin'],

  // audit trail: the audit administrator and discipline inspectors only
  'GET /api/audit': ['inspector', 'audit_admin'],
  'GET /api/audit/verify': ['inspector', 'audit_admin'],

  // dashboard
  'GET /api/dashboard/home': [
    'subdistrict_admin',
    'subdistrict_leader',
    'community_secretary',
    'community_worker',
    'grid_worker',
    'branch_secretary',
    'inspector',
  ],

  // deliberation hall (议事厅): templates, matters, stages, notices, implementation, ratings
  'GET /api/decisions/templates': DECISION_READERS,
  'GET /api/decisions/templates/:id': DECISION_READERS,
  'POST /api/decisions/templates': ['subdistrict_admin'],
  'GET /api/decisions/matters': DECISION_READERS,
  'POST /api/decisions/matters': DECISION_WRITERS,
  'GET /api/decisions/matters/:id': DECISION_READERS,
  'PATCH /api/decisions/matters/:id': DECISION_WRITERS,
  'POST /api/decisions/matters/:id/withdraw': DECISION_WRITERS,
  'POST /api/decisions/matters/:id/meetings': DECISION_WRITERS,
  'POST /api/decisions/matters/:id/notices': DECISION_WRITERS,
  'PATCH /api/decisions/matters/:id/implementation': DECISION_WRITERS,
  'POST /api/decisions/matters/:id/progress': DECISION_WRITERS,
  'POST /api/decisions/matters/:id/rating': RESIDENTS,
  // residents' proposals: residents propose and support; the hall's staff read, adopt or decline
  'GET /api/decisions/proposals': [...DECISION_READERS, ...RESIDENTS],
  'POST /api/decisions/proposals': RESIDENTS,
  'POST /api/decisions/proposals/:id/support': RESIDENTS,
  'POST /api/decisions/proposals/:id/decline': DECISION_WRITERS,
  // closed periods (关账): the subdistrict admin closes a month
  'GET /api/decisions/periods': DECISION_READERS,
  'POST /api/decisions/periods': ['subdistrict_admin'],
  // problems solved per community (dashboard) and the hall's calendar feed
  'GET /api/decisions/tally': [
    'subdistrict_admin',
    'subdistrict_leader',
    'community_secretary',
    'community_worker',
    'grid_worker',
    'branch_secretary',
    'inspector',
  ],
  'GET /api/decisions/units/:id/calendar.ics': DECISION_READERS,

  // subdistrict meetings (三会三议三监督)
  'GET /api/meetings/catalog': DECISION_READERS,
  'POST /api/meetings/catalog': ['subdistrict_admin'],
  'PATCH /api/meetings/catalog/:id': ['subdistrict_admin'],
  'GET /api/meetings': DECISION_READERS,
  'POST /api/meetings': ['subdistrict_admin'],
  'GET /api/meetings/:id': DECISION_READERS,
  'POST /api/meetings/decisions/:id/follow-ups': ['subdistrict_admin'],
  'POST /api/meetings/:id/opinions': ['subdistrict_admin', 'subdistrict_leader'],

  // the public boards (公示栏): no sign-in
  'GET /api/public/boards': 'public',
  'GET /api/public/boards/:id/notices': 'public',

  // power list (权力清单): items and versions, roll-out, exercises
  'GET /api/integrity/items': INTEGRITY_READERS,
  'GET /api/integrity/items/:id': INTEGRITY_READERS,
  'POST /api/integrity/items': ['subdistrict_admin'],
  'GET /api/integrity/rollout': INTEGRITY_READERS,
  'POST /api/integrity/rollout': ['subdistrict_admin'],
  'GET /api/integrity/exercises': INTEGRITY_READERS,
  'POST /api/integrity/exercises': INTEGRITY_WRITERS,
  'GET /api/integrity/exercises/:id': INTEGRITY_READERS,
  'POST /api/integrity/exercises/:id/steps': INTEGRITY_WRITERS,
  'POST /api/integrity/exercises/:id/close': INTEGRITY_WRITERS,
  'POST /api/integrity/exercises/:id/disclosure': INTEGRITY_WRITERS,
  // supervision (纪检监察室): alerts, detection, complaints, oversight exports — inspectors only
  'GET /api/integrity/alerts': ['inspector'],
  'GET /api/integrity/alerts/:id': ['inspector'],
  'POST /api/integrity/alerts/:id/actions': ['inspector'],
  'POST /api/integrity/detect': ['inspector'],
  'GET /api/integrity/complaints': ['inspector'],
  'GET /api/integrity/complaints/:id': ['inspector'],
  'POST /api/integrity/complaints/:id/actions': ['inspector'],
  'GET /api/integrity/oversight/exercises.xlsx': ['inspector'],
  'GET /api/integrity/oversight/decisions.xlsx': ['inspector'],
  'GET /api/integrity/audit-head': ['inspector', 'audit_admin'],
  // complaints and the power list on the portal: no sign-in
  'POST /api/public/complaints': 'public',
  'POST /api/public/complaints/track': 'public',
  'GET /api/public/power-list/:id': 'public',

  // grid governance: readers follow reports and cases; specialists file reports; handlers work cases; communities assign posts
  'GET /api/grid/settings': GRID_READERS,
  'PUT /api/grid/settings': ['subdistrict_admin'],
  'GET /api/grid/posts': GRID_READERS,
  'POST /api/grid/posts': GRID_MANAGERS,
  'DELETE /api/grid/posts/:id': GRID_MANAGERS,
  'GET /api/grid/staff': GRID_MANAGERS,
  'GET /api/grid/my-day': GRID_READERS,
  'GET /api/grid/reports': GRID_READERS,
  'POST /api/grid/reports': GRID_REPORTERS,
  'GET /api/grid/reports/:id': GRID_READERS,
  'PUT /api/grid/reports/:id': GRID_REPORTERS,
  'GET /api/grid/compliance': GRID_READERS,
  'GET /api/grid/cases': GRID_READERS,
  'POST /api/grid/cases': GRID_HANDLERS,
  'GET /api/grid/cases/:id': GRID_READERS,
  'POST /api/grid/cases/:id/actions': GRID_HANDLERS,
  'POST /api/grid/cases/:id/sessions': GRID_HANDLERS,
  'POST /api/grid/cases/:id/photos': GRID_HANDLERS,
  'GET /api/grid/cases/:id/photos/:photoId': GRID_READERS,
  'POST /api/grid/escalate-overdue': GRID_HANDLERS,
  'GET /api/grid/dashboard': GRID_READERS,
  'GET /api/grid/dashboard.xlsx': GRID_READERS,
  'GET /api/grid/daily-rollup': GRID_READERS,
  // party life and volunteers
  ...PARTY_LIFE_MATRIX,
  // services
  ...SERVICES_MATRIX,
  // indicators, dashboards, exports: everyone who reads dashboards; the rebuild is the subdistrict admin's
  'GET /api/indicators/catalogue': [
    'subdistrict_admin',
    'subdistrict_leader',
    'community_secretary',
    'community_worker',
    'grid_worker',
    'branch_secretary',
    'inspector',
  ],
  'GET /api/indicators/values': [
    'subdistrict_admin',
    'subdistrict_leader',
    'community_secretary',
    'community_worker',
    'grid_worker',
    'branch_secretary',
    'inspector',
  ],
  'GET /api/indicators/children': [
    'subdistrict_admin',
    'subdistrict_leader',
    'community_secretary',
    'community_worker',
    'grid_worker',
    'branch_secretary',
    'inspector',
  ],
  'GET /api/indicators/:code/series': [
    'subdistrict_admin',
    'subdistrict_leader',
    'community_secretary',
    'community_worker',
    'grid_worker',
    'branch_secretary',
    'inspector',
  ],
  'GET /api/indicators/:code/ranking': [
    'subdistrict_admin',
    'subdistrict_leader',
    'community_secretary',
    'community_worker',
    'grid_worker',
    'branch_secretary',
    'inspector',
  ],
  'GET /api/indicators/export.xlsx': [
    'subdistrict_admin',
    'subdistrict_leader',
    'community_secretary',
    'community_worker',
    'grid_worker',
    'branch_secretary',
    'inspector',
  ],
  'GET /api/indicators/annual-report': [
    'subdistrict_admin',
    'subdistrict_leader',
    'community_secretary',
    'community_worker',
    'grid_worker',
    'branch_secretary',
    'inspector',
  ],
  'POST /api/indicators/rebuild': ['subdistrict_admin'],
  'PUT /api/territory/units/:id/boundary': ['subdistrict_admin', 'community_secretary'],
  // residents' portal: sign-in without a session (community pages: services above); phones linked by the security admin
  'POST /api/portal/auth/password': 'public',
  'POST /api/portal/auth/code': 'public',
  'POST /api/portal/auth/code/verify': 'public',
  'PUT /api/portal/accounts/:id/phone': ['security_admin'],
  // branch secretary's own branch
  'GET /api/users/branch-options': ['security_admin'],
} as const satisfies Record<RouteKey, RouteAccess>;

export type MatrixRoute = keyof typeof AUTHORIZATION_MATRIX;

export const MATRIX_ROUTES = Object.keys(AUTHORIZATION_MATRIX) as MatrixRoute[];

export const routeKey = (method: string, url: string): string => `${method.toUpperCase()} ${url}`;

export const isMatrixRoute = (key: string): key is MatrixRoute => Object.hasOwn(AUTHORIZATION_MATRIX, key);

/** The expected outcome of one cell: allow, explicit deny (403), or unauthenticated (401). */
export function expectedOutcome(route: MatrixRoute, caller: Caller): Outcome {
  const access: RouteAccess = AUTHORIZATION_MATRIX[route];
  if (access === 'public') return 'allow';
  if (caller === 'anonymous') return 'unauthenticated';
  if (access === 'authenticated') return 'allow';
  return access.includes(caller) ? 'allow' : 'deny';
}

export const mayCall = (route: MatrixRoute, caller: Caller): boolean => expectedOutcome(route, caller) === 'allow';
