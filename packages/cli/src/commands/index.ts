import type { Command } from 'commander';
import { registerStart } from './start';
import { registerSeed } from './seed';
import { registerRepair } from './repair';
import { registerRules } from './rules';
import { registerEvaluate } from './evaluate';
import { registerJobs } from './jobs';

/** Every command of `xinfang`, in the order `--help` lists them. One line per command file. */
export function registerCommands(program: Command): void {
  registerStart(program);
  registerSeed(program);
  registerRepair(program);
  registerRules(program);
  registerEvaluate(program);
  registerJobs(program);
}
