import { describe, expect, it } from 'vitest';
import type { DemoUser } from '../api/types';
import { groupUsers } from './group-users';

const user = (id: string, role: DemoUser['role'], extra: Partial<DemoUser> = {}): DemoUser => ({
  id,
  name: id,
  role,
  districtId: 'd1',
  districtName: '城关区',
  ...extra,
});

describe('groupUsers', () => {
  it('groups users by district and township, district staff first', () => {
    const users = [
      user('王芳', 'unit_reporter', { tenantId: 't1', tenantName: '东风镇', unitName: '派出所' }),
      user('李强', 'petition_officer', { tenantId: 't1', tenantName: '东风镇' }),
      user('赵敏', 'township_admin', { tenantId: 't2', tenantName: '红旗乡' }),
      user('周审', 'auditor'),
      user('钱局', 'district_overseer'),
    ];
    const [district, ...rest] = groupUsers(users);
    expect(rest).toEqual([]);
    expect(district?.districtName).toBe('城关区');
    expect(district?.groups.map((g) => g.tenantName ?? '(区级)')).toEqual(['(区级)', '东风镇', '红旗乡']);
    expect(district?.groups[0]?.users.map((u) => u.name)).toEqual(['钱局', '周审']);
    // Within a township: petition officer before unit reporter.
    expect(district?.groups[1]?.users.map((u) => u.name)).toEqual(['李强', '王芳']);
  });

  it('keeps separate districts apart in the order the API lists them', () => {
    const groups = groupUsers([
      user('a', 'township_admin', { districtId: 'd2', districtName: '新区', tenantId: 't9', tenantName: '九镇' }),
      user('b', 'township_admin', { tenantId: 't1', tenantName: '东风镇' }),
    ]);
    expect(groups.map((d) => d.districtName)).toEqual(['新区', '城关区']);
  });

  it('returns nothing for no users', () => {
    expect(groupUsers([])).toEqual([]);
  });
});
