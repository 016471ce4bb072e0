export { generateDemoData, DEMO_SEED, DEMO_DISTRICT, DEMO_TOWNSHIPS, FIRST_DEMO_YEAR } from './generate';
export { demoUsersOf } from './demo-users';
export { seedDemo, type SeedDemoOptions, type SeedDemoResult } from './seed-demo';
export { repairTownship, type RepairReport } from './repair-projections';
export type { DemoDistrict, DemoTownship, DemoCase, TownshipSpec } from './types';
