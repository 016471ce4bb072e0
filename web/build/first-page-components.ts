// Which antd components the first pages can draw: the entry (providers), sign-in, the signed-in layout and home
// (a district user's too), read from their source. Their styles go into the stylesheet the first paint waits for
// (web/build/antd-styles.ts); every other component's styles come just after.
import { access, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { DISTRICT_HOME, ENTRY, HOME, LAYOUT, ROUTER, SIGN_IN } from './first-pages';

const ROOTS = [ENTRY, SIGN_IN, LAYOUT, HOME, DISTRICT_HOME];

/**
 * What a component draws inside itself that the pages do not name: `App` gives the pages message, notification and
 * modal through `App.useApp()`; a table draws pagination, filter menus and selection boxes; a select or a table its
 * empty state; typography and the menu their tooltips; cards and statistics their loading skeleton.
 */
const DRAWS_INSIDE: Readonly<Record<string, readonly string[]>> = {
  App: ['message', 'notification', 'Modal'],
  Modal: ['Button'],
  Table: ['Pagination', 'Spin', 'Empty', 'Dropdown', 'Checkbox', 'Radio', 'Tooltip'],
  Pagination: ['Select'],
  Select: ['Empty'],
  Typography: ['Tooltip'],
  Menu: ['Tooltip', 'Dropdown'],
  Card: ['Skeleton'],
  Statistic: ['Skeleton'],
  Result: ['Button'],
};

const IMPORT_FROM = /(?:^|\n)\s*(?:import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g;
const SIDE_EFFECT_IMPORT = /(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The names a clause like `{ App as AntApp, Card, type X }` or `Default, { A }` imports by name. */
function namedImports(clause: string): string[] {
  const list = /\{([^}]*)\}/.exec(clause)?.[1] ?? '';
  return list
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part && !part.startsWith('type '))
    .map((part) => part.split(/\s+as\s+/)[0]?.trim() ?? '')
    .filter(Boolean);
}

async function resolveSource(from: string, spec: string): Promise<string | undefined> {
  const base = join(dirname(from), spec);
  for (const candidate of [base, `${base}.tsx`, `${base}.ts`, join(base, 'index.tsx'), join(base, 'index.ts')]) {
    if (!/\.tsx?$/.test(candidate)) continue;
    try {
      await access(candidate);
      return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}

/**
 * The antd components the modules reachable from `roots` import by name, with what those draw inside them, sorted.
 * Static and dynamic imports are followed, except the router's dynamic imports: those are the other pages.
 */
export async function antdComponentsReachedFrom(roots: readonly string[]): Promise<string[]> {
  const seen = new Set<string>();
  const names = new Set<string>();
  const queue = [...roots];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(file, 'utf8');
    const specs: string[] = [];
    for (const [, typeOnly, clause, spec] of code.matchAll(IMPORT_FROM)) {
      if (typeOnly || !spec) continue;
      if (spec === 'antd') for (const name of namedImports(clause ?? '')) names.add(name);
      specs.push(spec);
    }
    for (const [, spec] of code.matchAll(SIDE_EFFECT_IMPORT)) if (spec) specs.push(spec);
    if (file !== ROUTER) for (const [, spec] of code.matchAll(DYNAMIC_IMPORT)) if (spec) specs.push(spec);
    for (const spec of specs) {
      if (!spec.startsWith('.')) continue;
      const target = await resolveSource(file, spec);
      if (!target) throw new Error(`${relative(process.cwd(), file)}: cannot resolve ${spec}`);
      queue.push(target);
    }
  }
  const queueNames = [...names];
  for (let name = queueNames.pop(); name !== undefined; name = queueNames.pop())
    for (const inner of DRAWS_INSIDE[name] ?? [])
      if (!names.has(inner)) {
        names.add(inner);
        queueNames.push(inner);
      }
  return [...names].sort();
}

/** The components of the first pages (their roots are fixed in web/build/first-pages.ts). */
export function firstPageComponents(): Promise<string[]> {
  return antdComponentsReachedFrom(ROOTS);
}
