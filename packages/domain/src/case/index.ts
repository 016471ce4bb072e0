export * from './deadline-settings';
export * from './case-state';
export * from './case-transition-error';
export * from './fold-context';
export * from './apply-event';
export * from './fold-case';
export * from './deadlines';
export { nextAllowedStatuses, openStatuses, statusLabel } from './status-flow';
