/** English strings of Party life and volunteering (issue 6), loaded with the module's pages. */
export const volunteersEn = {
  volunteers: {
    photos: 'Photos', title: 'Volunteering', community: 'Community', year: 'Year', h: 'h', star: 'stars', saved: 'Saved',
    tabs: { activities: 'Activities', teams: 'Volunteer teams', inService: 'In-service members', deeds: 'Good deeds', schedule: 'Organisational life', trainings: 'Trainings and visits', education: 'Education' },
    theme: { dangqi_hong: 'Party flag red', xiyang_mei: 'Beautiful sunset', chaiqian_budang: 'Relocation, still with the Party', danghui_zhongyuan: 'Party badge over Zhongyuan', other: 'Other' },
    signupStatus: { signed_up: 'Signed up', checked_in: 'Checked in', checked_out: 'Checked out', recorded: 'Hours to verify', verified: 'Hours verified' },
    orgLife: { members_assembly: 'Members\' assembly', committee_meeting: 'Branch committee', group_meeting: 'Party group meeting', party_lecture: 'Party lecture', theme_day: 'Theme Party day', democratic_life: 'Democratic life meeting', org_life_meeting: 'Organisational life meeting' },
    frequency: { monthly: 'Monthly', quarterly: 'Quarterly', yearly: 'Yearly' },
    trainingKind: { pre_job: 'Pre-job training', in_service: 'In-service training', meeting_as_training: 'Meeting as training', study_visit: 'Study visit', business: 'Party-work training' },
    courseKind: { article: 'Article', pdf: 'Document', video: 'Video' },
    grade: { excellent: 'Excellent', good: 'Good', fair: 'Fair', poor: 'Poor' },
    source: { self: 'Online', paper: 'Paper form' },
    doer: { member: 'Party member', volunteer: 'Volunteer' },
    helperRole: { leader: 'Leadership member', branch_secretary: 'Branch secretary', cadre: 'Party cadre' },
    targetKind: { needy_resident: 'Needy resident', household: 'Needy household', unit: 'Unit in the area', service_object: 'Service object' },
    contactKind: { visit: 'Visit', call: 'Call', help: 'Help given' },
    activity: { add: 'New activity', title: 'Activity', theme: 'Theme', date: 'Date', place: 'Place', capacity: 'Places', team: 'Team', places: 'Signed up', signups: 'Sign-ups and hours' },
    signup: {
      at: 'Check-in/out time (now if empty)', name: 'Volunteer', status: 'Status', minutes: 'Service time (minutes)', minutesHint: 'minutes', checkIn: 'Check in', checkOut: 'Check out', record: 'Record time', verify: 'Verify',
      rule: 'Service time is the time actually served, travel excluded; the organiser records it and it counts only once verified.',
    },
    team: { add: 'New team', name: 'Team', leader: 'Leader', volunteers: 'Volunteers', founded: 'Founded', missing: 'Months without activity', monthlyOk: 'Active every month', count: '{{n}} teams, {{v}} volunteers' },
    deed: { add: 'Record a good deed', date: 'Date', doer: 'Done by', doerKind: 'As', beneficiary: 'Beneficiary', description: 'What was done', confirmedBy: 'Confirmed by', confirm: 'Confirm', total: '{{n}} in all' },
    inService: {
      mine: 'My registration', register: 'Report to your residential community', registerHint: 'Give your work unit and its Party organisation and choose a service post from the community\'s menu. Your phone is seen by the community only (stored encrypted).',
      registered: 'Registered', name: 'Name', phone: 'Mobile', workUnit: 'Work unit', workPartyOrg: 'Work unit\'s Party organisation', skills: 'Skills', post: 'Service post', submit: 'Register',
      registeredOn: 'Registered on', service: 'Service', serviceText: '{{n}} times, {{h}} h', evaluation: 'Community evaluation', source: 'How', count: '{{n}} registered',
      evaluate: 'Evaluate', notEvaluated: 'Not evaluated', comment: 'Comment', feedbackXlsx: 'Feedback report (Excel)', feedbackPdf: 'Feedback (PDF)',
    },
    my: {
      title: 'My volunteering', activities: 'Activities open for sign-up', noActivities: 'No activities open now', signUp: 'Sign up', signedUp: 'Signed up', full: 'Full', places: '{{n}}/{{cap}} taken',
      hours: 'Hours and certificates', verified: 'Verified hours', pending: 'To verify', star: 'Star level', points: 'Points', nextLevel: 'Next star level at {{h}} hours',
      pointsHint: 'Points are a separate community ledger; they never change your hours.', issue: 'Issue a certificate', issued: 'Certificate {{number}}', download: 'Download PDF', records: 'Service record',
    },
    check: {
      title: 'Volunteer certificate check', subtitle: 'Enter a certificate number; no sign-in needed', submit: 'Check', notFound: 'No certificate with that number; check it and try again',
      number: 'Certificate number', name: 'Name', hours: 'Service hours', star: 'Star level', issuedOn: 'Issued on',
    },
    partyLife: {
      title: 'Party education and organisational life', record: 'Record a meeting', closeMonth: 'Close a month', closeHint: 'Once closed, no meeting can be recorded in that month (no back-filling).', month: 'Month',
      kind: 'Kind', frequency: 'Required', periods: 'Held', date: 'Date', topic: 'Topic', due: 'Due', present: 'Present', minutes: 'Minutes',
      missingTotal: '{{n}} missing', pickBranch: 'Choose a Party branch', closed: 'Closed months: {{months}}',
    },
    training: {
      add: 'Record a training', studyVisits: 'Study visits', trainings: 'Trainings', attendance: 'Attendances', date: 'Date', kind: 'Kind', title: 'Title', place: 'Place',
      attended: 'Present/invited', participants: 'Participants', participantsHint: 'Names separated by commas or spaces',
    },
    study: {
      upload: 'Upload', material: 'Material', open: 'Open', mine: 'My study', add15: 'Studied 15 min', complete: 'Finished', done: 'Done', progress: '{{m}}/{{total}} min',
      coverage: 'Coverage by branch', branch: 'Branch', members: 'Members', learners: 'Learning', completed: 'Completed', hours: 'Hours', share: 'Coverage',
      courses: 'Courses and materials', addCourse: 'New course', courseTitle: 'Course', kind: 'Form', minutes: 'Length (min)', quiz: 'Quiz questions', body: 'Content',
    },
    pairing: {
      me: 'Me', title: '"3+2+1" pairing', compliance: 'Quota compliance', helper: 'Helper', role: 'Role', targets: 'Pairs/required', quota: 'Quota', met: 'Met', short: 'Short',
      overdue: 'Overdue contacts', overdueTotal: '{{n}} pairs overdue', unpaired: '{{n}} needy residents with nobody paired', pairs: 'Pairs and contact log', showAll: 'Show all', showMine: 'Mine only',
      add: 'New pair', target: 'Paired with', targetKind: 'Kind', lastContact: 'Last contact', isOverdue: 'Overdue', log: 'Log a contact', kind: 'How', date: 'Date', note: 'Notes', started: 'Paired since',
    },
  },
};
