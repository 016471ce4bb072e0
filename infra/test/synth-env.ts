/**
 * Keeps the CDK from phoning home: synth must work offline. (The functions are built at synth by
 * functions/api/build.mjs, run with this process's Node: nothing needs to be on PATH.)
 */
export function prepareOfflineSynth(): void {
  process.env.CDK_DISABLE_CLI_TELEMETRY = 'true';
  process.env.CDK_DISABLE_VERSION_CHECK = 'true';
}
