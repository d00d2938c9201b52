import type { kitId } from './kit-id';

export const kitEn: typeof kitId = {
  ui: {
    cancel: 'Cancel',
    close: 'Close',
    notifications: 'Notifications',
    actions: 'Actions',
    actionsFor: 'Actions for {name}',
    all: 'All',
    search: 'Search',
    noMatches: 'No rows match this search or filter.',
    pages: 'Table pages',
    pageOf: 'Page {page} of {count}',
    previous: 'Previous',
    next: 'Next',
    account: 'Account',
    unitNav: 'Unit pages',
  },
  setup: {
    title: 'Set up this unit',
    intro: 'Four steps until the first visitor checks in at {unit}.',
    done: 'done',
    todo: 'to do',
    steps: {
      service: {
        title: 'Add a service',
        body: 'The services served at the counter, with opening hours and a daily capacity.',
        action: 'Open Services',
      },
      poster: {
        title: 'Make a QR poster',
        body: 'One poster for the entrance or one for each counter.',
        action: 'Open QR posters',
      },
      print: {
        title: 'Print and put up the poster',
        body: 'Print on A4 or A5 and put it up where visitors come in.',
        action: 'Print posters',
      },
      checkin: {
        title: 'First check-in',
        body: 'Scan the poster with a phone, or record a visitor without a phone at the Desk.',
        action: 'Open the Desk',
      },
    },
  },
};
