import type { DemoUser } from '@xinfang/api';
import { TenancyRepository, type StoreClients } from '@xinfang/store';
import { demoUsersOf } from './demo-users';
import { shanghaiToday } from './shanghai-today';
import { DEMO_SEED, generateDemoData } from './generate';
import type { GenerateOptions } from './types';
import { writeDistrict, type TownshipSeedReport } from './write-district';

export interface SeedDemoOptions extends Partial<GenerateOptions> {
  /** The wall clock, for today's date and the items' timestamps. */
  now: Date;
  log?: (line: string) => void;
}

export interface SeedDemoResult {
  /** False when the district already had townships: nothing was written. */
  written: boolean;
  districtId: string;
  districtName: string;
  townships: TownshipSeedReport[];
  users: DemoUser[];
}

/**
 * Generates the demo district and writes it unless the district already has townships (checked with one Query,
 * so a restart on a kept data folder neither duplicates nor overwrites). The users are answered either way.
 */
export async function seedDemo(store: StoreClients, options: SeedDemoOptions): Promise<SeedDemoResult> {
  const seed = options.seed ?? DEMO_SEED;
  const today = options.today ?? shanghaiToday(options.now);
  const district = generateDemoData({
    seed,
    today,
    ...(options.district ? { district: options.district } : {}),
    ...(options.townships ? { townships: options.townships } : {}),
  });
  const users = demoUsersOf(district, seed);
  const base = { districtId: district.id, districtName: district.name, users };
  const existing = await new TenancyRepository(store).listTownships(district.id);
  if (existing.length > 0) return { ...base, written: false, townships: [] };
  options.log?.(
    `正在写入演示数据 (writing demo data): ${district.name}, ${district.townships.length} 个乡镇, 截至 ${today}`,
  );
  const townships = await writeDistrict(store, district, {
    at: options.now.toISOString(),
    today,
    ...(options.log ? { log: options.log } : {}),
  });
  return { ...base, written: true, townships };
}
