export * from './inbox-message';
export * from './inbox-repository';
