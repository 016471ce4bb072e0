import type { DemoUser } from '@xinfang/api';
import type { StoreClients } from '@xinfang/store';
import { seedDemo } from '../seed/seed-demo';

/**
 * `xinfang start`: fills an empty store with the demo district (a kept `--data-dir` is left as it is) and
 * answers its users for the sign-in page. Progress goes to stdout, township by township.
 */
export async function prepareDemo(store: StoreClients, now: Date = new Date()): Promise<DemoUser[]> {
  const result = await seedDemo(store, { now, log: (line) => console.log(line) });
  if (!result.written) console.log(`已有演示数据，未重新写入 (demo data already present): ${result.districtName}`);
  return result.users;
}
