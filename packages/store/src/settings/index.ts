export { StoredCalendarOverride, HonourLevel, TownshipHonour, settingsKeys } from './settings-items';
export * from './calendar-override-repository';
export * from './honours-repository';
export * from './honour-conflict-error';
export * from './township-settings';
export * from './settings-cache';
export * from './settings-version';
