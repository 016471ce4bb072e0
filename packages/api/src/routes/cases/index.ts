import { createSecuredRouter } from '../../http/router';
import { mountEvents } from './event-route';
import { mountQueryCode } from './query-code-route';
import { mountReads } from './read-routes';
import { mountRegister } from './register-route';

/** /api/cases: 信访事项 of the caller's township (tenant from the token only). */
export const caseRoutes = mountQueryCode(mountEvents(mountReads(mountRegister(createSecuredRouter()))));
