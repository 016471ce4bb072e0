import type { DemoUser } from '@xinfang/api';
import { AccountRepository, TenancyRepository, type StoreClients } from '@xinfang/store';

/**
 * The sign-in page's users: the demo users, then the accounts each of their districts has created since (a new
 * township's first admin), read on every request so an account can sign in as soon as it is created.
 */
export async function signInUsers(store: StoreClients, demo: readonly DemoUser[]): Promise<DemoUser[]> {
  const districts = [...new Set(demo.map((u) => u.districtId))];
  const tenancy = new TenancyRepository(store);
  const created = await Promise.all(
    districts.map(async (districtId) => {
      const district = demo.find((u) => u.districtId === districtId);
      const accounts = await new AccountRepository(store).list(districtId);
      return Promise.all(
        accounts.map(async (a): Promise<DemoUser> => {
          const township = a.tenantId ? await tenancy.getTownship(a.tenantId) : undefined;
          return {
            id: a.id,
            name: a.name,
            role: a.role,
            districtId,
            ...(district?.districtName ? { districtName: district.districtName } : {}),
            ...(a.tenantId ? { tenantId: a.tenantId } : {}),
            ...(township ? { tenantName: township.name } : {}),
          };
        }),
      );
    }),
  );
  const known = new Set(demo.map((u) => u.id));
  return [...demo, ...created.flat().filter((u) => !known.has(u.id))];
}
