import { createSecuredRouter } from '../../http/router';
import { draftRoutes } from './draft-routes';
import { excelRoutes } from './excel-routes';
import { publishRoutes } from './publish-route';
import { testCaseRoutes } from './test-case-routes';
import { versionRoutes } from './version-routes';
import { whatIfRoutes } from './what-if-route';

/** /api/rules: versions, drafts, validation, what-if, publishing, diffs. */
export const rulesRoutes = createSecuredRouter()
  .route('/', versionRoutes)
  .route('/', draftRoutes)
  .route('/', whatIfRoutes)
  .route('/', publishRoutes)
  .route('/', testCaseRoutes)
  .route('/', excelRoutes);

export { districtRulesRoutes } from './district-rules-route';
export { diffRuleSets } from './rule-diff';
