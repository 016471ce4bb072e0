#!/usr/bin/env node
// The `xinfang` command runs the workspace's TypeScript source directly (no build step between packages).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
