import type { DemoUser } from '@xinfang/api';
import type { StoreClients } from '@xinfang/store';

/**
 * Fills an empty store with the demo district and answers its users for the sign-in page.
 * (Placeholder wiring: the demo data generator replaces the fixed list below.)
 */
export async function prepareDemo(_store: StoreClients): Promise<DemoUser[]> {
  return [
    { id: 'demo-officer-xiji', name: '王晓燕', role: 'petition_officer', districtId: 'dist-tongzhou', districtName: '通州区', tenantId: 'twn-xiji', tenantName: '西集镇' },
    { id: 'demo-admin-xiji', name: '李建国', role: 'township_admin', districtId: 'dist-tongzhou', districtName: '通州区', tenantId: 'twn-xiji', tenantName: '西集镇' },
    { id: 'demo-overseer', name: '张卫东', role: 'district_overseer', districtId: 'dist-tongzhou', districtName: '通州区' },
  ];
}
