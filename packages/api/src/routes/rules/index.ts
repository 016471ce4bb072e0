import { createSecuredRouter } from '../../http/router';
import { registerDraftRoutes } from './draft-routes';
import { registerExcelRoutes } from './excel-routes';
import { registerPublishRoute } from './publish-route';
import { registerTestCaseRoutes } from './test-case-routes';
import { registerVersionRoutes } from './version-routes';
import { registerWhatIfRoute } from './what-if-route';

/** /api/rules: versions, drafts, validation, what-if, publishing, diffs. */
export const rulesRoutes = createSecuredRouter();
registerVersionRoutes(rulesRoutes);
registerDraftRoutes(rulesRoutes);
registerWhatIfRoute(rulesRoutes);
registerPublishRoute(rulesRoutes);
registerTestCaseRoutes(rulesRoutes);
registerExcelRoutes(rulesRoutes);

export { districtRulesRoutes } from './district-rules-route';
export { diffRuleSets } from './rule-diff';
