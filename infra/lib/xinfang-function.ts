import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { embeddedStoreStub, lockFile, repoRoot } from './paths';
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

// Keep in step with functions/api/build.mjs: ES modules have no `require`, yet some bundled
// CommonJS dependencies call it; the banner gives them one.
const requireBanner =
  "import { createRequire as __xinfangCreateRequire } from 'node:module'; const require = __xinfangCreateRequire(import.meta.url);";

/**
 * The team's one Lambda construct: every xinfang function gets the same runtime, architecture,
 * tracing, logging and bundling, so a stack only says what differs (entry, env, grants).
 */
export class XinfangFunction extends Construct {
  readonly function: NodejsFunction;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: XinfangFunctionProps) {
    super(scope, id);

    // An explicit log group (instead of the deprecated logRetention custom resource) so the
    // retention is a plain CloudFormation property and the logs go when the function goes.
    this.logGroup = new LogGroup(this, 'Logs', {
      retention: RetentionDays.SIX_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    this.function = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      description: props.description,
      projectRoot: repoRoot,
      depsLockFilePath: lockFile,
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
      bundling: {
        // Synth must work on a laptop without Docker: the workspace's esbuild does the job.
        forceDockerBundling: false,
        format: OutputFormat.ESM,
        target: 'node22',
        mainFields: ['module', 'main'],
        minify: true,
        sourceMap: true,
        sourceMapMode: SourceMapMode.DEFAULT,
        sourcesContent: false,
        banner: requireBanner,
        // Bundle the SDK version we test against rather than whatever the runtime ships.
        bundleAwsSDK: true,
        // @xinfang/store also exports the embedded store, whose native LevelDB addon cannot load
        // from a bundle; Lambda talks to DynamoDB, so a throwing stub takes dynalite's place.
        esbuildArgs: { '--alias:dynalite': embeddedStoreStub },
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
