import { createSecuredRouter } from '../../http/router';
import { mountEvents } from './event-route';
import { mountExport } from './export-route';
import { mountIntake } from './intake-route';
import { mountQueryCode } from './query-code-route';
import { mountReads } from './read-routes';
import { mountRegister } from './register-route';

/** /api/cases: 信访事项 of the caller's township (tenant from the token only). Fixed paths before `/{id}`. */
export const caseRoutes = mountQueryCode(
  mountEvents(mountReads(mountIntake(mountExport(mountRegister(createSecuredRouter()))))),
);
