#!/usr/bin/env node
// The `xinfang` command runs the workspace's TypeScript source directly (no build step between packages).
import { register } from 'tsx/esm/api';

// The SDK warns on every start that Node 20 leaves its support window; Lambda runs on 22, and locally it is noise.
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE ??= '1';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
