import { spawnSync } from 'node:child_process';
import { relative } from 'node:path';
import { AssetHashType, DockerImage, Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, Function as LambdaFunction, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { functionBuildScript, repoRoot } from './paths';
import type { TableRef } from './xinfang-table';

/** What a function may do with a table; every function states it, none gets more by default. */
export type TableAccess = 'read-only' | 'read-write';

const readActions = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:Scan',
  'dynamodb:ConditionCheckItem',
  'dynamodb:DescribeTable',
];
// No DeleteTable, no UpdateTable: a function changes items, never the table.
const writeActions = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];

export interface XinfangFunctionProps {
  /** Absolute path of the TypeScript entry under functions/. */
  readonly entry: string;
  readonly description: string;
  readonly environment?: Record<string, string>;
  readonly tables?: ReadonlyArray<{ readonly table: TableRef; readonly access: TableAccess }>;
  readonly memorySize?: number;
  readonly timeout?: Duration;
}

/**
 * The function's code: functions/api/build.mjs run on the entry, at synth, by the workspace's Node (no Docker, no
 * network). It is the build the tests load and the benchmark measures (esbuild with code splitting: `index.mjs`
 * plus `chunks/`, the Excel code among them loaded on first use; source maps; dynalite and the SDK's default
 * credential chain replaced for Lambda). NodejsFunction could not deploy it: it bundles to one `--outfile`, which
 * esbuild's code splitting cannot use. The asset is hashed from the build's output, so synth never walks the repo.
 */
function functionCode(entry: string): Code {
  const args = (script: string, entryPath: string, outdir: string) => [
    script,
    '--entry',
    entryPath,
    '--outdir',
    outdir,
  ];
  const inContainer = (path: string) => `/asset-input/${relative(repoRoot, path)}`;
  return Code.fromAsset(repoRoot, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      local: {
        tryBundle(outputDir) {
          const result = spawnSync(process.execPath, args(functionBuildScript, entry, outputDir), {
            cwd: repoRoot,
            encoding: 'utf8',
          });
          if (result.status !== 0) {
            throw new Error(`building ${entry} failed:\n${result.stderr || result.error?.message || ''}`);
          }
          return true;
        },
      },
      // CDK's contract asks for an image; the local build above always runs (or fails synth with esbuild's message).
      // The same command in a container would read the mounted repository and its node_modules.
      image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:22'),
      command: ['node', ...args(inContainer(functionBuildScript), inContainer(entry), '/asset-output')],
    },
  });
}

/**
 * The team's one Lambda construct: every xinfang function gets the same runtime, architecture,
 * tracing, logging and build, so a stack only says what differs (entry, env, grants).
 */
export class XinfangFunction extends Construct {
  readonly function: LambdaFunction;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: XinfangFunctionProps) {
    super(scope, id);

    // An explicit log group (instead of the deprecated logRetention custom resource) so the
    // retention is a plain CloudFormation property and the logs go when the function goes.
    this.logGroup = new LogGroup(this, 'Logs', {
      retention: RetentionDays.SIX_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    this.function = new LambdaFunction(this, 'Function', {
      code: functionCode(props.entry),
      handler: 'index.handler',
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 1024,
      timeout: props.timeout ?? Duration.seconds(15),
      tracing: Tracing.ACTIVE,
      logGroup: this.logGroup,
      environment: {
        // Stack traces point at the TypeScript source, not the minified bundle.
        NODE_OPTIONS: '--enable-source-maps',
        ...props.environment,
      },
    });

    Validations.of(this.function).acknowledge(
      {
        id: 'AwsSolutions::AwsSolutions-L1',
        reason:
          'Node.js 22 is pinned on purpose: it is the esbuild target and the version the code is tested with; moving to a newer runtime is a deliberate upgrade, not a drift.',
      },
      {
        id: 'AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason:
          'AWSLambdaBasicExecutionRole only lets the function write its own CloudWatch logs; a hand-written copy would say the same.',
      },
      {
        id: 'AwsSolutions::AwsSolutions-IAM5[Resource::*]',
        reason: 'X-Ray PutTraceSegments/PutTelemetryRecords support no resource-level permissions (active tracing).',
      },
    );

    // Granted by hand rather than with table.grantReadWriteData, which adds <table>/index/*:
    // naming each index keeps the policy free of wildcards.
    for (const { table, access } of props.tables ?? []) {
      this.function.addToRolePolicy(
        new PolicyStatement({
          effect: Effect.ALLOW,
          actions: access === 'read-only' ? readActions : [...readActions, ...writeActions],
          resources: [table.table.tableArn, ...table.indexNames.map((name) => `${table.table.tableArn}/index/${name}`)],
        }),
      );
    }
  }
}
