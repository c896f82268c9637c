import type { Messages } from './zh-CN.ts';

/** English UI strings; typed against the Chinese resource so no key can go missing. */
export const en: Messages = {
  app: {
    name: 'Jishi',
    subtitle: 'Grassroots Party building & community governance',
    demoBanner: 'Demo mode: every person and record is invented demo data — do not enter real personal information',
    demoTag: '演示模式 / Demo mode',
    loading: 'Loading…',
    switchTo: '中文',
  },
  offline: {
    title: 'Offline', notice: 'No connection: your sign-in is confirmed once the network is back. Drafts stay on this device and are sent when you are online.',
    unavailable: 'This page needs a connection. It continues by itself once the network is back.', retry: 'Retry',
  },
  common: {
    save: 'Save', cancel: 'Cancel', submit: 'Submit', search: 'Search', reset: 'Reset', create: 'Add',
    edit: 'Edit', rename: 'Rename', close: 'Close', confirm: 'OK', refresh: 'Refresh', query: 'Look up',
    yes: 'Yes', no: 'No', none: '—', actions: 'Actions', details: 'Details', name: 'Name', code: 'Code',
    address: 'Address', kind: 'Kind', date: 'Date', status: 'Status', all: 'All',
    total: '{{count}} in total', asOf: 'As of', today: 'Today', historical: 'Historical view (read-only) as of {{date}}',
    reason: 'Reason', reasonHint: 'State why you need this (at least 4 characters); it is written to the audit log',
    saved: 'Saved', created: 'Created', networkError: 'Network error; check the connection and try again',
    unexpected: 'Something went wrong; try again later', forbidden: 'You are not allowed to open this page',
    notFound: 'Page not found', backHome: 'Back to home', selectPlaceholder: 'Select',
    emptySelection: 'Select a node in the tree',
  },
  nav: {
    home: 'Home', territory: 'Territory', partyOrgs: 'Party organisations', residents: 'Residents',
    partyMembers: 'Party members', workers: 'Community workers', users: 'Users', audit: 'Audit log',
    account: 'Account security',
    hall: 'Deliberation hall', proposals: 'Proposals', templates: 'Procedures', meetings: 'Subdistrict meetings', portal: 'Make a proposal', board: 'Public board',
    powerList: 'Power list', exercises: 'Exercises', alerts: 'Alerts', oversight: 'Oversight', complaints: 'Complaints',
    // grid governance (issue 3)
    gridToday: 'Today’s screening', gridCases: 'Disputes', gridCompliance: 'Report compliance', gridDashboard: 'Screening dashboard', gridPosts: 'Grid posts',
    // party life and volunteers (issue 6)
    partyLife: 'Party education', volunteering: 'Volunteering', pairing: 'Pairing', myVolunteer: 'My volunteering',
    // services (issue 5)
    services: 'Services', bookings: 'Room booking', orders: 'Service orders', community: 'Community pages',
    // indicators and portal (issue 8)
    indicators: 'Indicators', bigScreen: 'Big screen', residentsPortal: 'Residents\' portal',
  },
  auth: {
    title: 'Staff sign-in', username: 'User name', password: 'Password', totp: 'One-time code',
    totpHint: 'Enter the 6 digits from your authenticator app', login: 'Sign in', logout: 'Sign out',
    demoAccounts: 'Demo accounts', fill: 'Fill in', role: 'Role', scope: 'Scope',
    usernameRequired: 'Enter your user name', passwordRequired: 'Enter your password', totpInvalid: 'Enter 6 digits',
  },
  role: {
    subdistrict_admin: 'Subdistrict admin', subdistrict_leader: 'Subdistrict leader',
    community_secretary: 'Community secretary / director', community_worker: 'Community worker',
    grid_worker: 'Grid worker', branch_secretary: 'Branch secretary', party_member: 'Party member',
    volunteer: 'Volunteer', resident: 'Resident', provider: 'Service provider', inspector: 'Discipline inspector',
    security_admin: 'Security admin', audit_admin: 'Audit admin',
  },
  unitKind: { subdistrict: 'Subdistrict', community: 'Community', village: 'Village', grid: 'Grid', micro_grid: 'Micro-grid' },
  gridKind: { regular: 'Regular grid', dedicated: 'Dedicated grid' },
  orgKind: {
    working_committee: 'Working committee', party_committee: 'Party committee', general_branch: 'General branch',
    branch: 'Branch', group: 'Party group',
  },
  orgCategory: {
    community: 'Community', village: 'Village', floating: 'Floating members', enterprise: 'Non-public enterprise',
    grid: 'Grid', agency: 'Agency', social_org: 'Social organisation',
  },
  gender: { male: 'Male', female: 'Female' },
  flag: { needy: 'Needy', elderly: 'Elderly', disabled: 'Disabled' },
  memberType: { formal: 'Full member', probationary: 'Probationary member' },
  memberStatus: { in_service: 'In service', retired: 'Retired', floating: 'Floating', unemployed: 'Unemployed' },
  origin: { agency: 'Sunk agency cadre', graduate: 'Graduate', public_welfare: 'Public-welfare post', resident: 'Resident' },
  dashboard: {
    title: 'Overview', communities: 'Communities', villages: 'Villages', grids: 'Grids', residents: 'Residents',
    partyMembers: 'Party members', branches: 'Party branches', workers: 'Community workers',
    sunkCadres: 'Sunk agency cadres', sunkShare: '{{share}} of agency staff ({{staff}})',
    workersChart: 'Workers per community', target: 'Target {{n}}', meets: 'Met', notMeets: 'Below target',
    perCommunity: 'By community', unit: 'Community / village',
    noAccess: 'Welcome to Jishi. Use the menu on the left to open the functions you may use.',
  },
  territory: {
    title: 'Territory', tree: 'Territory tree', validFrom: 'Valid from', validTo: 'Valid to', mergedInto: 'Merged into',
    addChild: 'Add child', renameUnit: 'Rename', merge: 'Merge into another community', mergeTarget: 'Merge into',
    effectiveDate: 'Effective date', history: 'Membership history', parentAt: 'Parent on a date',
    parentAtDate: 'Date', parentResult: 'Parent on {{date}}: {{name}}', noParent: 'No parent on {{date}}',
    parent: 'Parent', buildings: 'Buildings', households: 'Households', addBuilding: 'Add building',
    addHousehold: 'Add household', building: 'Building', residentCount: 'Residents', gridKind: 'Grid kind',
    codeHint: '6/9/12-digit region code (optional)',
  },
  partyOrgs: {
    title: 'Party organisations', kind: 'Kind', category: 'Category', memberCount: 'Members',
    territory: 'Territory', addChild: 'Add sub-organisation', members: '{{count}} members',
  },
  residents: {
    title: 'Residents', searchPlaceholder: 'Name, part of a name or address', grid: 'Grid', flag: 'Flag',
    add: 'Add resident', name: 'Name', gender: 'Gender', birthDate: 'Date of birth', address: 'Address',
    idNumber: 'ID number', phone: 'Mobile', idMasked: 'ID number (masked)', phoneMasked: 'Mobile (masked)',
    flags: 'Flags', detail: 'Resident', updatedAt: 'Updated', reveal: 'Show full details',
    revealTitle: 'Show full identity details',
    revealNote: 'The full details are shown only in this panel and are cleared when it closes; they are never stored.',
    import: 'Import', downloadTemplate: 'Download template', upload: 'Upload Excel file',
    importDone: '{{count}} records imported', importErrors: 'Rows with errors', row: 'Row', errors: 'Errors',
    export: 'Export', exportTitle: 'Export residents', exportDone: 'The export file is ready',
    lookup: 'Exact ID-number lookup', lookupEmpty: 'No resident has this ID number', household: 'Household',
  },
  partyMembers: {
    title: 'Party members', branch: 'Branch', memberType: 'Type', status: 'Status', joinDate: 'Joined',
    workUnit: 'Work unit', add: 'Add member', searchPlaceholder: 'Name',
  },
  workers: {
    title: 'Community workers', unit: 'Community / village', post: 'Post', origin: 'Origin',
    firstSecretary: 'First secretary', sunkCadre: 'Sunk cadre', add: 'Add worker',
  },
  users: {
    title: 'Users', username: 'User name', displayName: 'Name', role: 'Role', scope: 'Scope',
    enabled: 'Active', disabled: 'Disabled', disable: 'Disable', enable: 'Enable', add: 'Add user',
    password: 'Initial password', passwordHint: 'At least 12 characters; avoid common words and place names',
    totp: '2FA',
    // branch secretary's own branch (issue 6 follow-up)
    partyBranch: 'Party branch', partyBranchHint: 'A branch secretary sees their own branch only; unlinked, no branch data at all', noBranch: 'Not linked',
  },
  audit: {
    title: 'Audit log', time: 'Time', actor: 'Actor', role: 'Role', action: 'Action', subject: 'Subject',
    result: 'Result', reason: 'Reason', ip: 'IP', changes: 'Changed fields', verify: 'Verify audit chain',
    verifyOk: 'Audit chain intact: {{checked}} records checked',
    verifyBad: 'Audit chain broken at record {{seq}} ({{checked}} checked)',
    head: 'Chain head', filterAction: 'Filter by action', filterSubject: 'Filter by subject id',
  },
  account: {
    title: 'Account security', changePassword: 'Change password', currentPassword: 'Current password',
    newPassword: 'New password', confirmPassword: 'Confirm new password', mismatch: 'The new passwords differ',
    passwordChanged: 'Password changed', totp: 'Two-factor authentication (one-time codes)', totpOn: 'On',
    totpOff: 'Off', totpSetup: 'Set up', totpSecret: 'Secret (enter it in your authenticator app)',
    totpUri: 'Set-up link', totpCode: 'The 6 digits your authenticator shows', totpEnable: 'Enable',
    totpDone: 'Two-factor authentication is on',
  },
  validation: {
    required: 'Required', tooShort: 'At least {{min}} characters', tooLong: 'At most {{max}} characters',
    invalid: 'Invalid format',
  },
  tally: {
    title: 'Problems solved', year: 'Year', solved: 'Solved', opened: 'Opened', perUnit: 'Per community / village', unit: 'Community / village',
  },
};
