import type { portalZh } from './portal.zh-CN.ts';

/** Residents' portal (issue 8): plain words, large buttons; typed against the Chinese strings. */
export const portalEn: typeof portalZh = {
  pt: {
    name: 'Residents\' services', home: 'Home', communities: 'My community', notices: 'Notices', propose: 'Make a proposal', report: 'Report a problem', signIn: 'Sign in', signOut: 'Sign out',
    welcome: 'Hello! Here you can read community notices, make proposals and report problems.', pickCommunity: 'Choose your community', grids: 'Grids of this community', seeNotices: 'Read this community\'s notices',
    seePowerList: 'See this community\'s power list', bigFont: 'Large text', highContrast: 'High contrast', signInTitle: 'Residents\' sign-in', byPassword: 'Phone + password', byCode: 'Code by text message',
    phone: 'Mobile number', password: 'Password', code: 'Code', sendCode: 'Send me a code', codeSent: 'Code sent; it works for {{n}} minutes', resend: 'New code in {{n}} s',
    signedIn: 'Signed in', needSignIn: 'Please sign in to make a proposal', signedInAs: 'Hello, {{name}}', noNotices: 'No notices yet', chooseForNotices: 'Choose a community to read its notices',
  },
};
