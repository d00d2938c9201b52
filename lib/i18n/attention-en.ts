import type { attentionId } from './attention-id';

export const attentionEn: typeof attentionId = {
  when: { today: 'today', yesterday: 'yesterday' },
  flags: {
    noPoster: { label: 'No poster', why: 'No active poster yet, so visitors cannot check in.' },
    silent: {
      label: 'Silent',
      why: 'No check-in {when}, though a service has been open since {time}.',
    },
    silentBelow: {
      label: 'Silent units below',
      why: '{units} of the {of} units below with open services had no check-in {when}.',
    },
    refusing: {
      label: 'Many refused',
      why: '{share} of check-ins refused over the last 7 days, well above its peers ({peers}).',
    },
    belowUsual: {
      label: 'Far below usual',
      why: '{n} check-ins by {hour}, usually {usual} on a {weekday} (last {weeks} weeks).',
      whyDay: '{n} check-ins all day, usually {usual} on a {weekday} (last {weeks} weeks).',
    },
  },
  alerts: {
    title: 'Needs attention',
    none: 'Nothing needs attention {when}: every unit whose services are open has had check-ins.',
    silent: 'No check-in though services are open',
    silentItem: 'open since {time}',
    more: 'and {n} more units',
    closed: 'Scans outside opening hours {when}',
    closedItem: '{n} scans refused as closed; check its opening hours',
    jump: 'Jump in refusals',
    jumpItem: '{share} of check-ins refused {when}, usually {before} (the 7 days before)',
    holiday: 'A national holiday or joint leave day (cuti bersama): offices are closed, so units without check-ins are not flagged silent or far below their usual.',
  },
  table: {
    attention: 'Needs attention',
    fine: 'Fine',
    today: 'Today',
    versus: '{change} against last {weekday} at the same hour',
    spark: '{days} days',
    sparkLabel: 'Check-ins over the last {days} days: {values}',
    rangeCheckins: 'Check-ins (range)',
  },
  coverage: {
    withoutPoster: 'Without an active poster ({n})',
    withoutCheckin: 'No check-in this week ({n})',
    silentToday: 'Silent today',
    silentList: 'Silent units ({n})',
  },
  digest: {
    subject: 'Pindai: {n} units need attention ({date})',
    subjectAlerts: 'Pindai: something needs attention ({date})',
    greeting: 'Dear {name},',
    intro: 'These units needed attention on {date}, from Pindai’s figures up to midnight {zone}.',
    laggards: 'Units below that need attention',
    noLaggards: 'Every unit below is doing fine.',
    open: 'Open the dashboard: {url}',
    openLink: 'Open the dashboard of {name}',
    footer:
      'You receive this email because the daily digest is on in your Pindai account. Turn it off at {url}.',
  },
  setting: {
    title: 'Daily digest',
    label: 'Email me the units that need attention every day at 07:00',
    hint: 'One email a day to {email}, listing the units below you that were silent, had no poster, refused many or fell far below usual the day before. Not sent when nothing needs attention.',
    save: 'Save',
    saved: 'Daily digest setting saved.',
  },
};
