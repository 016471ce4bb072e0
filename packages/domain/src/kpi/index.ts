export * from './rate';
export * from './period';
export * from './township-kpis';
export * from './compute-kpis';
