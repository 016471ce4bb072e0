import { createSecuredRouter } from '../../http/router';
import { registerDraftRoutes } from './draft-routes';
import { registerPublishRoute } from './publish-route';
import { registerVersionRoutes } from './version-routes';
import { registerWhatIfRoute } from './what-if-route';

/** /api/rules: versions, drafts, validation, what-if, publishing, diffs. */
export const rulesRoutes = createSecuredRouter();
registerVersionRoutes(rulesRoutes);
registerDraftRoutes(rulesRoutes);
registerWhatIfRoute(rulesRoutes);
registerPublishRoute(rulesRoutes);

export { districtRulesRoutes } from './district-rules-route';
export { diffRuleSets } from './rule-diff';
