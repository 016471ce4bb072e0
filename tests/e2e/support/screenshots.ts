import { join } from 'node:path';
import { repoRoot } from './repo-root';

/** Where the e2e tests leave their pictures of the pages for the docs (useE2eSession creates it). */
export const SHOTS = join(repoRoot(), 'docs', 'screenshots');
