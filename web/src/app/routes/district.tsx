import { DistrictPage } from '../../features/district/components/district-page';

/** /district: the district overseer's comparison of its townships. */
export function DistrictRoute() {
  return <DistrictPage />;
}
