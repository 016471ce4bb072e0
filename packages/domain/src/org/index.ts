export * from './create-org-index';
export * from './validate-org';
export { activeOn } from './active-on';
