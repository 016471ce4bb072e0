import { Validations, type App } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';

/**
 * Runs the AWS Solutions rules at synth; a violation stops synthesis. Conscious exceptions are
 * acknowledged, with their reason, next to the resource they concern (lib/*.ts).
 */
export function checkAwsSolutions(app: App): void {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
}
