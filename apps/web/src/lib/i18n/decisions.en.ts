import type { decisionsZh } from './decisions.zh-CN.ts';

/** English strings of the deliberation hall; typed against the Chinese ones so no key can go missing. */
export const decisionsEn: typeof decisionsZh = {
  hall: {
    title: 'Deliberation hall', matters: 'Matters', openMatter: 'Open a matter', community: 'Community / village', status: 'Status', search: 'Search titles',
    matterTitle: 'Matter', template: 'Procedure', source: 'Source', openedOn: 'Opened', solvedOn: 'Solved', next: 'Next stage',
    earliest: 'from {{date}}', proposals: 'Proposals', templates: 'Procedures', meetings: 'Subdistrict meetings', calendar: 'Calendar feed (iCal)',
    calendarHint: 'Meetings and notice periods, for calendar apps', description: 'Description', sourceNote: 'Source note', partyOrg: 'Proposing Party organisation',
    oneShoulder: 'One person is both secretary and chair (proposal and discussion may be merged)', pickProposals: 'Residents’ proposals', noneNext: 'All stages done',
    opened: 'Matter opened', back: 'Back to the hall',
  },
  matterStatus: { open: 'Open', returned: 'To be repeated', implementing: 'Implementing', completed: 'Solved', withdrawn: 'Withdrawn' },
  matterSource: { proposal: 'Residents’ proposal', party_org: 'Party organisation', assigned: 'Assigned from above' },
  stageKind: { solicitation: 'Solicitation', meeting: 'Meeting', notice: 'Notice' },
  meetingForm: { in_person: 'In person', online: 'Online', written: 'Written vote' },
  matter: {
    stages: 'Stages', records: 'Stage records', attempt: 'Attempt {{n}}', passed: 'Passed', failed: 'Failed', waiting: 'Waiting',
    current: 'Current stage', attempts: '{{n}} attempt(s)', revision: 'Revision {{n}}', revise: 'Revise and repeat', withdraw: 'Withdraw',
    print: 'Print record form', reviseNote: 'What changed', reviseDone: 'Matter revised; convene the stage again', withdrawDone: 'Matter withdrawn',
    failedHint: '“{{stage}}” failed. Revise the matter and hold the stage again.', completeHint: 'Every stage is done: the problem is solved.',
    withdrawnHint: 'Withdrawn: {{reason}}', quorumRule: 'Quorum: {{rule}}', passRule: 'Vote: {{rule}}', noticeRule: 'Notice at least {{n}} days',
    merged: ' (merged with the next stage)', proposalsLinked: 'From residents’ proposals', support: '{{n}} supporters',
  },
  rule: { gte: 'at least {{num}}/{{den}}', gt: 'more than {{num}}/{{den}}', due: 'of those due', present: 'of those present', ofDue: 'of those due', need: ' ({{n}})' },
  stage: {
    recordTitle: 'Record: {{stage}}', publishTitle: 'Publish notice: {{stage}}', heldOn: 'Meeting date', startTime: 'Start', endTime: 'End',
    place: 'Place', form: 'Form', due: 'Due', present: 'Present', votesFor: 'For', votesAgainst: 'Against', votesAbstain: 'Abstain',
    attendees: 'Attendees (signatures)', attendeesHint: 'Search the registry or type a name', minutes: 'Minutes', supervision: 'Supervision opinion',
    solicitMinutes: 'Opinions collected', mergeNext: 'Merge with the next stage (one person holds both posts)', record: 'Record', publish: 'Publish',
    noticeFrom: 'Notice from', noticeUntil: 'Notice until', noticeContent: 'Notice text', noticeHint: 'Shown on the public board; no ID or phone numbers',
    quorumMet: 'Quorum met', quorumMissed: 'Quorum missed', votePassed: 'Vote passed', voteFailed: 'Vote failed',
    verdictPassed: 'Stage passed', verdictFailed: 'Stage failed: {{why}}', ratio: 'attendance {{share}}', verdictDetail: '{{stage}}: {{present}} of {{due}} present, {{for}} for. {{quorum}}', earliestHint: 'Earliest date: {{date}}',
    recorded: 'Recorded', published: 'Notice published',
    resolutionDefault: 'Resolved by the residents’ representatives’ meeting and hereby made public. Objections during the notice period go to the residents’ committee.',
    resultDefault: 'The resolution has been carried out; the result is hereby made public for residents to review and rate.',
  },
  impl: {
    title: 'Implementation', owner: 'Owner', dueOn: 'Due', progress: 'Progress', notedOn: 'Date', note: 'Note', percent: 'Done',
    set: 'Set owner', addProgress: 'Add progress', none: 'No progress yet', rating: 'Residents’ rating', ratingSummary: '{{count}} rating(s), average {{avg}}',
    noRating: 'Not rated yet',
  },
  proposals: {
    title: 'Proposals', staffTitle: 'Residents’ proposals (solicitation)', proposer: 'Proposed by', supports: 'Support', createdAt: 'Proposed', openMatter: 'Open matter',
    decline: 'Decline', declineTitle: 'Why it is declined', declined: 'Handled', viewMatter: 'View matter', status: 'Status',
  },
  proposalStatus: { open: 'Collecting', adopted: 'Adopted', declined: 'Declined' },
  portal: {
    title: 'Make a proposal', intro: 'What should your community improve? Write it down: the community collects everyone’s views for the residents’ meeting.', subject: 'Your suggestion (one line)',
    content: 'Details', contentHint: 'Say where and what the problem is. No ID or phone numbers.', submit: 'Send', submitted: 'Sent. Thank you for your suggestion!',
    others: 'Everyone’s suggestions', mine: 'Mine', support: 'I support this', supported: 'Supported', supporters: '{{n}} supporters', empty: 'No suggestions yet',
    board: 'Public board', results: 'Published results', rate: 'Rate', rated: 'Thank you for rating', stars: '{{n}} points',
  },
  templates: {
    title: 'Procedures and closed periods', tabTemplates: 'Procedure templates', tabPeriods: 'Closed periods', version: 'Version', appliesTo: 'Applies to', inUse: 'In use',
    active: 'Current', retired: 'Retired', newVersion: 'New version', stages: 'Stages', stageName: 'Stage', body: 'Body', code: 'Code',
    quorum: 'Quorum', pass: 'Pass rule', noticeDays: 'Notice days', mergeable: 'May merge with previous', addStage: 'Add stage', created: 'New version created',
    num: 'Numerator', den: 'Denominator',
  },
  templateScope: { community: 'Community', village: 'Village', subdistrict: 'Subdistrict' },
  stageBody: {
    solicitation: 'Solicitation of opinions', branch_committee: 'Party branch committee', two_committees: '“Two committees” joint meeting', members_assembly: 'Party members’ assembly',
    representatives_meeting: 'Representatives’ meeting', residents_meeting: 'Residents’ / villagers’ meeting', resolution_notice: 'Resolution notice', result_notice: 'Result notice',
  },
  periods: { month: 'Month', unit: 'Unit', closedAt: 'Closed at', close: 'Close a month', closeTitle: 'Close a month (nothing can be dated into it afterwards)', closed: 'Month closed' },
  meetings: {
    title: 'Subdistrict meetings', type: 'Type', heldOn: 'Date', place: 'Place', agenda: 'Agenda', openDecisions: 'Open decisions', opinions: 'Opinions',
    host: 'Host', attendees: 'Attendees', summary: 'Summary', decisions: 'Decisions', owner: 'Owner', dueOn: 'Due', followUps: 'Follow-up',
    addFollowUp: 'Add follow-up', addOpinion: 'Add supervision opinion', role: 'Supervision role', author: 'Author', opinion: 'Opinion', followStatus: 'Status',
  },
  decisionStatus: { open: 'Open', in_progress: 'In progress', done: 'Done' },
  board: {
    title: 'Public board', subtitle: 'Community affairs made public', pick: 'Choose a community or village', notices: 'Notices', resolution: 'Resolution', result: 'Result',
    current: 'On notice', ended: 'Ended', period: 'Notice period: {{from}} to {{until}}', empty: 'No notices', back: 'All communities', rating: 'Rated {{avg}} by {{count}} resident(s)',
    signIn: 'Staff sign-in',
  },
  tally: {
    title: 'Problems solved', year: 'Year', solved: 'Solved', opened: 'Opened', perUnit: 'Per community / village', unit: 'Community / village',
  },
  print: {
    title: 'Deliberation record form', print: 'Print', back: 'Back', sheet: '{{stage}} record', matter: 'Matter', community: 'Community / village', template: 'Procedure',
    time: 'Time', place: 'Place', form: 'Form', attendance: '{{due}} due, {{present}} present', votes: '{{for}} for, {{against}} against, {{abstain}} abstaining',
    result: 'Result', minutes: 'Minutes', supervision: 'Supervision opinion', attendees: 'Attendees’ signatures', host: 'Chair’s signature', recorder: 'Recorder’s signature',
    notice: 'Notice text', noticePeriod: 'Notice period', notRecorded: '(not held yet)', signedOn: 'Date:',
  },
};
