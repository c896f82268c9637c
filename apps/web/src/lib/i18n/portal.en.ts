import type { portalZh } from './portal.zh-CN.ts';

/** Residents' portal (issue 8): plain words, large buttons; typed against the Chinese strings. */
export const portalEn: typeof portalZh = {
  pt: {
    name: 'Residents\' services', home: 'Home', communities: 'My community', notices: 'Notices', propose: 'Make a proposal', report: 'Report a problem', signIn: 'Sign in', signOut: 'Sign out',
    welcome: 'Hello! Here you can read community notices, ask for services, book rooms, join volunteer activities, make proposals and report problems.', pickCommunity: 'Choose your community', grids: 'Grids of this community', seeNotices: 'Read this community\'s notices',
    seePowerList: 'See this community\'s power list', bigFont: 'Large text', highContrast: 'High contrast', signInTitle: 'Residents\' sign-in', byPassword: 'Phone + password', byCode: 'Code by text message',
    phone: 'Mobile number', password: 'Password', code: 'Code', sendCode: 'Send me a code', codeSent: 'Code sent; it works for {{n}} minutes', resend: 'New code in {{n}} s',
    signedIn: 'Signed in', needSignIn: 'Please sign in to make a proposal', signedInAs: 'Hello, {{name}}', noNotices: 'No notices yet', chooseForNotices: 'Choose a community to read its notices',
    requests: 'Ask for a service', bookings: 'Book a room', volunteer: 'Volunteering', certificates: 'Check a certificate',
    bookRoom: 'Book a room in this community', seeActivities: 'See this community\'s volunteer activities',
    chooseForActivities: 'Choose a community to see its volunteer activities', activities: 'Volunteer activities', noActivities: 'No volunteer activities coming up', activityWhen: 'When: {{date}}',
    activityWhere: 'Where: {{place}}', activityTeam: 'Organised by: {{team}}', activityPlaces: '{{n}} signed up, {{cap}} places', signUp: 'Sign me up',
    signedUpOk: 'You are signed up', full: 'No places left', otherCommunity: 'You can sign up for your own community\'s activities only',
    signInToJoin: 'Want to take part? Please sign in first.', signInNow: 'Sign in to sign up',
    myVolunteer: 'My volunteering', myVolunteerLink: 'See my hours, star level and certificates', seeAllActivities: 'See volunteer activities to join',
    needVolunteer: 'Signing up needs a volunteer\'s account. Ask at your community\'s service centre, or ask a community worker, to register you as a volunteer; then sign in again and sign up here.',
  },
};
