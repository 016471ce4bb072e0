import { createSecuredRouter } from '../../http/router';
import { readRoutes } from './read-routes';
import { submitRoutes } from './submit-route';

/** Monthly screening ledgers (排查台账) of the caller's township. */
export const screeningRoutes = createSecuredRouter().route('/', submitRoutes).route('/', readRoutes);
