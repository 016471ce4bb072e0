import { useSearchParams } from 'react-router';
import { useMe } from '../../features/auth/api/get-me';
import { CaseList } from '../../features/cases/components/case-list';
import { filtersFromParams, paramsFromFilters } from '../../features/cases/lib/case-filters';

/** /cases: the township's cases (a unit reporter's: their unit's), filters kept in the URL. */
export function CasesListRoute() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const role = me.data?.role;
  return (
    <CaseList
      filters={filtersFromParams(params)}
      onFiltersChange={(next) => setParams(paramsFromFilters(next))}
      canRegister={role === 'petition_officer' || role === 'township_admin'}
      showUnitFilter={role !== 'unit_reporter'}
    />
  );
}
