export * from './deadline-settings';
