import { ReportsPage } from '../../features/reports/components/reports-page';

/** /reports (township admin, petition office, auditors): weekly, monthly and annual reports. */
export function ReportsRoute() {
  return <ReportsPage />;
}
