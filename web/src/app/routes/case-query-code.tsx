import { useLocation, useParams } from 'react-router';
import { ReissueQueryCode } from '../../features/query-code/components/reissue-query-code';
import type { QueryCodeIssued } from '../../features/query-code/api/reissue-query-code';

function issuedFrom(state: unknown): QueryCodeIssued | undefined {
  if (typeof state !== 'object' || state === null) return undefined;
  const { queryCode, issuedAt } = state as Record<string, unknown>;
  return typeof queryCode === 'string' && typeof issuedAt === 'string' ? { queryCode, issuedAt } : undefined;
}

/**
 * /cases/:id/query-code: the receipt of a case's query code. The registration page may navigate here with
 * `state: { queryCode, issuedAt }` (the code it was just given); otherwise the officer can revoke and reissue.
 */
export function CaseQueryCodeRoute() {
  const { id = '' } = useParams();
  const location = useLocation();
  const issued = issuedFrom(location.state);
  return <ReissueQueryCode caseId={id} {...(issued ? { issued } : {})} />;
}
