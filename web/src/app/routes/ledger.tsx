import { useMe } from '../../features/auth/api/get-me';
import { LedgerPage } from '../../features/ledger/components/ledger-page';

/** /ledger: the township's penalty ledger. Only the township admin evaluates, issues, confirms, records and reverses. */
export function LedgerRoute() {
  const me = useMe();
  const role = me.data?.role;
  return <LedgerPage canWrite={role === 'township_admin'} canReadCorrections={!!role && role !== 'unit_reporter'} />;
}
