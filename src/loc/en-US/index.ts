import type { LanguageChunk } from '../strings';

/** English (United States). */
export const enUS: LanguageChunk = {
  frame: {
    locale: 'en-US',
    app: {
      title: 'Integrity CARMA',
      subtitle: 'Integrity policy of PZ CARMA',
      navLabel: 'Parts of Integrity CARMA',
      loading: 'Loading…',
      signedInAs: 'Signed in as {name}',
      viewNotOffered:
        'The {view} part is for the people who work with it and is not part of your role in the zone. Your parts are in the bar above. If you need it for your work, ask an Integrity CARMA administrator.',
    },
    nav: {
      beleid: 'Policy',
      plan: 'Integrity plan',
      voorstellen: 'Improvement proposals',
      registers: 'Registers',
      klachten: 'Complaints',
      melden: 'Integrity report',
      dashboard: 'Dashboard',
      weerspannigheid: 'Resistance',
      opleidingen: 'Trainings',
      verslagen: 'Reports & newsletter',
    },
    errors: {
      generic: 'Something went wrong. Please try again.',
      network: 'No connection to SharePoint. Your data is not lost; please try again.',
      throttled: 'SharePoint is busy. We retry automatically.',
      conflict: 'Someone else changed this in the meantime. Here is the latest version; check it and try again.',
      forbidden: 'You do not have access to this part.',
      notFound: 'This item does not exist (any more) or you have no access to it.',
      retry: 'Try again',
      viewFailed: 'This part could not be shown because of an error in the app. Your data is not lost. Try again; if it keeps failing, tell the administrator.',
    },
    notifications: {
      button: 'Notifications',
      buttonUnread: 'Notifications, {count} unread',
      heading: 'Notifications',
      empty: 'No notifications.',
      unread: 'unread',
      loadError: 'The notifications could not be loaded.',
      markAllRead: 'Mark all as read',
      markAllReadFailed: 'Not every notification could be marked as read. Try again.',
    },
  },
  features: {
    policy: () => import(/* webpackChunkName: "strings-en-US-policy" */ './policy').then((m) => m.policyEN),
    proposals: () => import(/* webpackChunkName: "strings-en-US-proposals" */ './proposals').then((m) => m.proposalsEN),
    registers: () => import(/* webpackChunkName: "strings-en-US-registers" */ './registers').then((m) => m.registersEN),
    resistance: () => import(/* webpackChunkName: "strings-en-US-resistance" */ './resistance').then((m) => m.resistanceEN),
    trainings: () => import(/* webpackChunkName: "strings-en-US-trainings" */ './trainings').then((m) => m.trainingsEN),
    verslagen: () => import(/* webpackChunkName: "strings-en-US-verslagen" */ './verslagen').then((m) => m.verslagenEN),
    melden: () => import(/* webpackChunkName: "strings-en-US-melden" */ './melden').then((m) => m.meldenEN),
    settings: () => import(/* webpackChunkName: "strings-en-US-settings" */ './settings').then((m) => m.settingsEN),
  },
};
