import { createSecuredRouter } from '../../http/router';
import { correctionListRoutes } from './correction-list-route';
import { entryRoutes } from './entries-routes';
import { evaluateRoutes } from './evaluate-route';
import { issueRoutes } from './issue-routes';
import { noticeRoutes } from './notice-routes';
import { reverseRoutes } from './reverse-route';

/** /api/ledger: evaluations, entries and totals, reversals, penalty notices and payments. */
export const ledgerRoutes = createSecuredRouter()
  .route('/', evaluateRoutes)
  .route('/', entryRoutes)
  .route('/', reverseRoutes)
  .route('/', noticeRoutes)
  .route('/', issueRoutes)
  .route('/', correctionListRoutes);
