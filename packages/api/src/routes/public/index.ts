import { createRouter } from '../../http/router';
import { rateRoutes } from './rate-route';
import { trackRoutes } from './track-route';

/**
 * /api/public: the petitioner's own view, without sign-in. A query code names one case; nothing here lists,
 * counts or identifies petitioners. Rate-limited per IP (app option) and, in AWS, throttled and behind WAF.
 */
export const publicRoutes = createRouter().route('/', trackRoutes).route('/', rateRoutes);
