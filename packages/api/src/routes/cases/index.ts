import { createSecuredRouter } from '../../http/router';
import { eventRoutes } from './event-route';
import { exportRoutes } from './export-route';
import { intakeRoutes } from './intake-route';
import { queryCodeRoutes } from './query-code-route';
import { readRoutes } from './read-routes';
import { registerRoutes } from './register-route';

/** /api/cases: 信访事项 of the caller's township (tenant from the token only). Fixed paths before `/{id}`. */
export const caseRoutes = createSecuredRouter()
  .route('/', registerRoutes)
  .route('/', exportRoutes)
  .route('/', intakeRoutes)
  .route('/', readRoutes)
  .route('/', eventRoutes)
  .route('/', queryCodeRoutes);
