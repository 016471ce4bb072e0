import { Command, CommanderError } from 'commander';
import { registerCommands } from './commands';
import { CliError } from './cli-error';

/** Builds the `xinfang` program; each command lives in its own file under ./commands. */
export function createProgram(): Command {
  const program = new Command('xinfang')
    .description('xinfang 信访责任管理: start the product locally, work with rule sets and ledgers on files')
    .showHelpAfterError()
    .exitOverride();
  registerCommands(program);
  return program;
}

/** Runs the program and answers the process exit code; bad input gets a message and a non-zero code. */
export async function main(argv: string[]): Promise<number> {
  const program = createProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof CliError) {
      process.stderr.write(`错误: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
