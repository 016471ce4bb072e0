import { createSecuredRouter } from '../../http/router';
import { registerEntryRoutes } from './entries-routes';
import { registerEvaluateRoute } from './evaluate-route';
import { registerIssueRoutes } from './issue-routes';
import { registerNoticeRoutes } from './notice-routes';
import { registerReverseRoute } from './reverse-route';

/** /api/ledger: evaluations, entries and totals, reversals, penalty notices and payments. */
export const ledgerRoutes = createSecuredRouter();
registerEvaluateRoute(ledgerRoutes);
registerEntryRoutes(ledgerRoutes);
registerReverseRoute(ledgerRoutes);
registerNoticeRoutes(ledgerRoutes);
registerIssueRoutes(ledgerRoutes);
