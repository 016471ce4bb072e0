import { useMe } from '../../features/auth/api/get-me';
import { ReceptionPage } from '../../features/routines/components/reception-page';
import { ReviewsPage } from '../../features/routines/components/reviews-page';

const keeps = (role: string | undefined) => role === 'township_admin' || role === 'petition_officer';

/** `/reviews` (lazy): pre-event case reviews; the petition office and the admin record them, the auditor reads. */
export function ReviewsRoute() {
  const me = useMe();
  return <ReviewsPage canEdit={keeps(me.data?.role)} />;
}

/** `/reception-days` (lazy): leaders' reception days. */
export function ReceptionRoute() {
  const me = useMe();
  return <ReceptionPage canEdit={keeps(me.data?.role)} />;
}
