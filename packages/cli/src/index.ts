export { createProgram, main } from './main';
export { CliError } from './cli-error';
export * from './seed';
