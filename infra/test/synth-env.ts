import { delimiter, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * NodejsFunction bundles with `esbuild` found on PATH (or via `pnpm exec` at the repo root).
 * `pnpm --filter @xinfang/infra synth` puts infra's node_modules/.bin on PATH; a Vitest run
 * started from the repo root does not, so the tests put it there the same way. Also keeps the
 * CDK from phoning home: synth must work offline.
 */
export function prepareOfflineSynth(): void {
  const infraBin = resolve(dirname(fileURLToPath(import.meta.url)), '../node_modules/.bin');
  const path = process.env.PATH ?? '';
  if (!path.split(delimiter).includes(infraBin)) process.env.PATH = `${infraBin}${delimiter}${path}`;
  process.env.CDK_DISABLE_CLI_TELEMETRY = 'true';
  process.env.CDK_DISABLE_VERSION_CHECK = 'true';
}
