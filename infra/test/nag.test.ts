import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkAwsSolutions } from '../lib/nag';
import { addXinfangStacks } from '../lib/xinfang-stacks';
import { prepareOfflineSynth } from './synth-env';

let report: unknown;

beforeAll(() => {
  prepareOfflineSynth();
  const app = new App();
  addXinfangStacks(app, { version: 'nag-test' });
  checkAwsSolutions(app);
  const assembly = app.synth();
  report = JSON.parse(readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8'));
});

describe('cdk-nag AWS Solutions checks', () => {
  it('find no unacknowledged violation in either stack', () => {
    expect(report).toMatchObject({
      pluginReports: [{ pluginName: 'AwsSolutions', conclusion: 'success', violations: [] }],
    });
  });

  it('keep the table and the web bucket free of acknowledged exceptions for backups and TLS', () => {
    const text = JSON.stringify(report);
    // Point-in-time recovery and SSL-only access are requirements, never exceptions.
    expect(text).not.toContain('AwsSolutions-DDB3');
    expect(text).not.toContain('AwsSolutions-S10');
  });
});
