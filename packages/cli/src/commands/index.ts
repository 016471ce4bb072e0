import type { Command } from 'commander';

/** Every command of `xinfang`, in the order `--help` lists them. One line per command file. */
export function registerCommands(program: Command): void {
  void program;
}
