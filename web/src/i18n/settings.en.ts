import type { Messages } from './zh-CN';
import type { settingsZhCN } from './settings.zh-CN';

/** The settings page in English. */
export const settingsEn: Messages<typeof settingsZhCN> = {
  title: 'Settings',
  calendar: 'Holidays and make-up days',
  calendarHint:
    'Beyond the official holiday plan, record the make-up working days or extra holidays the township needs; working-day deadlines follow them.',
  year: 'Year',
  date: 'Date',
  kind: 'Kind',
  working: 'Make-up working day',
  holiday: 'Holiday',
  name: 'Name',
  namePlaceholder: 'e.g. National Day make-up',
  add: 'Add',
  remove: 'Delete',
  none: 'No adjustments recorded for this year',
  officialUnknown: 'The official holiday plan does not cover this year',
  honours: 'Model township titles',
  honoursHint:
    'In a year the township is named a model township, the petition office receives the model-township reward at settlement.',
  level: 'Title',
  levelNone: 'None',
  levelDistrict: 'District model township',
  levelCity: 'City model township',
  loadFailed: 'Could not load the settings',
  saveFailed: 'Saving failed',
  needDate: 'Choose a date',
  needName: 'Give a name',
};
