import { Navigate, Outlet, useLocation } from 'react-router';
import { useToken } from '../lib/use-token';

/** Routes below need a token; without one the user goes to sign in and comes back after. */
export function RequireAuth() {
  const token = useToken();
  const location = useLocation();
  if (!token) return <Navigate to="/signin" replace state={{ from: location.pathname + location.search }} />;
  return <Outlet />;
}
