import type { Command } from 'commander';
import { registerStart } from './start';

/** Every command of `xinfang`, in the order `--help` lists them. One line per command file. */
export function registerCommands(program: Command): void {
  registerStart(program);
}
