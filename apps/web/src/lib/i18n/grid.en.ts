import type { gridZh } from './grid.zh-CN.ts';

/** English strings of the grid governance module; typed against the Chinese ones so no key can go missing. */
export const gridEn: typeof gridZh = {
  gridGov: {
    post: { leader: 'Grid leader', worker: 'Grid worker', specialist: 'Dispute screening specialist' },
    itemKind: { dispute: 'Dispute', risk: 'Risk', visit: 'Visit' },
    category: { neighbours: 'Neighbours', family: 'Family', property: 'Property management', labour: 'Labour', demolition: 'Demolition and relocation', land: 'Land', other: 'Other' },
    risk: { low: 'Low', medium: 'Medium', high: 'High' },
    level: { grid: 'Grid', community: 'Community', subdistrict: 'Subdistrict' },
    status: { registered: 'Registered', accepted: 'Accepted', assigned: 'Assigned', mediating: 'Mediating', resolved: 'Resolved', failed: 'Mediation failed', escalated: 'Escalated', closed: 'Closed after follow-up' },
    action: { accept: 'Accept', assign: 'Assign', mediate: 'Start mediation', resolve: 'Resolved', fail: 'Mediation failed', escalate: 'Escalate', follow_up: 'Follow-up visit, close', register: 'Register' },
    source: { screening: 'Daily screening', visit: 'Resident visit', call: 'Phone call' },
    outcome: { agreement: 'Agreement', partial: 'Partial agreement', no_agreement: 'No agreement', adjourned: 'Adjourned' },
    warning: { none: 'On time', yellow: 'Yellow warning', red: 'Red: overdue' },
    stage: { accept: 'Accept by', handle: 'Handle by', verify: 'Follow up by' },
    today: {
      title: 'Today’s screening', intro: 'One report per grid per day: nothing found is a one-tap zero report. Cut-off {{cutoff}}.', noPosts: 'You hold no screening post yet; ask your community.',
      zero: 'Zero report', withItems: 'Report findings', reported: 'Reported today', zeroDone: 'Zero report filed today', late: 'Late', afterCutoff: 'Past the cut-off: a report now is marked late',
      addItem: 'Add an item', description: 'What was found', place: 'Place', send: 'Send', correct: 'Correct today’s report', newCase: 'Register a dispute', items: '{{n}} items',
      queued: 'Saved on this device; it is sent when the connection returns', sent: 'Sent',
    },
    outbox: { title: 'Waiting to send', empty: 'Nothing waiting', offline: 'Offline: new drafts stay on this device', online: 'Online', retry: 'Retry now', waiting: 'Waiting to send', failed: 'Refused: {{msg}}', report: 'Daily report', case: 'Case' },
    caseForm: {
      title: 'Register a dispute', grid: 'Grid', source: 'Source', category: 'Category', risk: 'Risk level', place: 'Place', description: 'What happened', parties: 'Parties',
      partyName: 'Name', partyRole: 'Role (e.g. applicant)', addParty: 'Add a party', photos: 'Photos', useLocation: 'Use the photo’s position as the case location', submit: 'Register', done: 'Registered',
    },
    cases: {
      title: 'Disputes', number: 'No.', grid: 'Grid', category: 'Category', risk: 'Risk', level: 'Level', status: 'Status', timer: 'Time limit', registeredAt: 'Registered',
      due: '{{stage}} {{at}}', escalateOverdue: 'Escalate overdue cases', escalated: '{{n}} overdue or high-risk cases escalated', all: 'All',
    },
    case: {
      description: 'Description', place: 'Place', parties: 'Parties', photos: 'Photos', sessions: 'Mediation sessions', events: 'History', assignee: 'Assignee', location: 'Location',
      note: 'Note', agreement: 'Mediation agreement', reason: 'Reason for escalating', sessionAdd: 'Record a session', heldOn: 'Date', mediators: 'Mediators (comma-separated)', outcome: 'Outcome',
      notes: 'Notes', save: 'Save', done: 'Updated', resolvedLevel: 'Resolved at', noActions: 'The level above handles this case now; you can follow it',
    },
    compliance: {
      title: 'Daily report compliance', date: 'Date', unit: 'Unit', expected: 'Expected', reported: 'Reported', zero: 'Zero', late: 'Late', missing: 'Missing', missingTitle: 'Not reported by the cut-off',
      missingNone: 'Everyone has reported', who: 'Specialist', grid: 'Grid', community: 'Community', beforeCutoff: 'The cut-off {{cutoff}} has not passed yet',
    },
    dashboard: {
      title: 'Dispute screening dashboard', period: 'Period', export: 'Export to Excel', cases: 'Cases', overdue: 'Overdue', yellow: 'Yellow warnings', gridShare: 'Resolved at grid level',
      mediation: 'Mediation success', compliance: 'Report compliance', rate: 'Rate', byCategory: 'By category', byLevel: 'By level', byStatus: 'By status', rollup: 'Daily dispute screening report', copy: 'Copy',
      copied: 'Copied',
    },
    posts: {
      title: 'Grid posts', grid: 'Grid', person: 'Person', post: 'Post', since: 'Since', assign: 'Assign', end: 'End', ended: 'Post ended', assigned: 'Post assigned',
      settings: 'Reporting settings', cutoff: 'Daily cut-off', saveSettings: 'Save', saved: 'Saved',
    },
    nav: { today: 'Today’s screening', cases: 'Disputes', compliance: 'Report compliance', dashboard: 'Screening dashboard', posts: 'Grid posts' },
  },
};
