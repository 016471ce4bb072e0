/**
 * The package arrows of architecture.md, enforced:
 *   web -> api (types only); functions -> api -> store -> domain; cli -> api, store, domain;
 *   infra -> functions (paths only) and the store's plain-data table definition.
 * No cycles anywhere; the AWS SDK only in packages/store and infra; domain imports nothing of ours and no Node I/O.
 */
/** Tests may reach across layers to set up real parts (an embedded store for a function test, say). */
const TESTS = '(^|/)test/|\\.test\\.tsx?$|^tests/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'aws-sdk-only-in-store-and-infra',
      comment: 'Only packages/store (and infra) may talk to AWS.',
      severity: 'error',
      from: { pathNot: ['^(packages/store|infra)/', TESTS] },
      to: { path: '@aws-sdk/' },
    },
    {
      name: 'domain-is-pure',
      comment: 'packages/domain: no I/O, imports nothing of ours.',
      severity: 'error',
      from: { path: '^packages/domain/src', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'domain-imports-nothing-of-ours',
      severity: 'error',
      from: { path: '^packages/domain/' },
      to: { path: '^(packages/(store|api|cli)|functions|web|infra|tests)/' },
    },
    {
      name: 'store-below-api',
      severity: 'error',
      from: { path: '^packages/store/', pathNot: TESTS },
      to: { path: '^(packages/(api|cli)|functions|web|infra|tests)/' },
    },
    {
      name: 'api-below-cli-and-functions',
      severity: 'error',
      from: { path: '^packages/api/', pathNot: TESTS },
      to: { path: '^(packages/cli|functions|web|infra|tests)/' },
    },
    {
      name: 'cli-is-a-leaf',
      severity: 'error',
      from: { path: '^packages/cli/', pathNot: TESTS },
      to: { path: '^(functions|web|infra|tests)/' },
    },
    {
      // The API function adapts the api package; the stream and scheduled functions adapt store handlers
      // (the statistics projector lives beside the data it projects). Nothing reaches past them.
      name: 'functions-are-thin-adapters',
      severity: 'error',
      from: { path: '^functions/', pathNot: TESTS },
      to: { path: '^(packages/(domain|cli)|web|infra|tests)/' },
    },
    {
      name: 'web-uses-api-types-only',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^(packages/(store|domain|cli)|functions|infra|tests)/' },
    },
    {
      name: 'web-imports-api-as-types',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^packages/api/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'infra-uses-paths-and-table-definition-only',
      severity: 'error',
      from: { path: '^infra/' },
      to: { path: '^(packages/(api|domain|cli)|web|tests)/|^packages/store/src/(?!table-definition)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|cdk\\.out|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.depcruise.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      mainFields: ['main', 'types'],
    },
  },
};
