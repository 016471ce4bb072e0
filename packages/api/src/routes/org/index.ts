import { createSecuredRouter } from '../../http/router';
import { assignmentRoutes } from './assignments';
import { importRoutes } from './import-routes';
import { orgReadRoutes } from './org-read';
import { personRoutes } from './people';
import { unitRoutes } from './units';

/** The org chart of the caller's township: `/api/org`, its units, people and assignments. */
export const orgRoutes = createSecuredRouter()
  .route('/units', unitRoutes)
  .route('/people', personRoutes)
  .route('/assignments', assignmentRoutes)
  .route('/import', importRoutes)
  .route('/', orgReadRoutes);
