import { createSecuredRouter } from '../../http/router';
import { receptionRoutes } from './reception-routes';
import { reviewRoutes } from './review-routes';

/** The township's routines (seed 三(三)): pre-event case reviews and leaders' reception days. */
export const routineRoutes = createSecuredRouter()
  .route('/reviews', reviewRoutes)
  .route('/reception-days', receptionRoutes);
