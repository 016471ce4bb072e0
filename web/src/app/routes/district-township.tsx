import { useParams } from 'react-router';
import { TownshipPage } from '../../features/district/components/township-page';

/** /district/townships/:id: one township's figures (aggregates only). */
export function DistrictTownshipRoute() {
  const { id = '' } = useParams();
  return <TownshipPage townshipId={id} />;
}
