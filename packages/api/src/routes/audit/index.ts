export { auditRoutes } from './audit-route';
