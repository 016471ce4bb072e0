import { ROLES, type DemoUser } from '../api/types';

/** The users of one township, or the district-level users (no township) of a district. */
export interface UserGroup {
  key: string;
  tenantId?: string | undefined;
  tenantName?: string | undefined;
  users: DemoUser[];
}

export interface DistrictGroup {
  districtId: string;
  districtName?: string | undefined;
  groups: UserGroup[];
}

const roleRank = (user: DemoUser) => ROLES.indexOf(user.role);

/**
 * Arranges the sign-in list the way officials think of it: district, then
 * township, with the district's own staff first. Within a group, users are
 * ordered by role (officer before admin before reporter…) then by name.
 * Districts and townships keep the order in which the API lists them.
 */
export function groupUsers(users: readonly DemoUser[]): DistrictGroup[] {
  const districts = new Map<string, DistrictGroup>();
  for (const user of users) {
    let district = districts.get(user.districtId);
    if (!district) {
      district = { districtId: user.districtId, districtName: user.districtName, groups: [] };
      districts.set(user.districtId, district);
    }
    district.districtName ??= user.districtName;
    const key = user.tenantId ?? `district:${user.districtId}`;
    let group = district.groups.find((g) => g.key === key);
    if (!group) {
      group = { key, tenantId: user.tenantId, tenantName: user.tenantName, users: [] };
      district.groups.push(group);
    }
    group.tenantName ??= user.tenantName;
    group.users.push(user);
  }
  for (const district of districts.values()) {
    // District-level staff (no township) come first.
    district.groups.sort((a, b) => Number(a.tenantId !== undefined) - Number(b.tenantId !== undefined));
    for (const group of district.groups) {
      group.users.sort((a, b) => roleRank(a) - roleRank(b) || a.name.localeCompare(b.name, 'zh-CN'));
    }
  }
  return [...districts.values()];
}
