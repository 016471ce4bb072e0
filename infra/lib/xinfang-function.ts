import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { embeddedStoreStub, lockFile, repoRoot } from './paths';

/** What a function may do with a table; every function states it, none gets more by default. */
export type TableAccess = 'read-only' | 'read-write';

export interface XinfangFunctionProps {
  /** Absolute path of the TypeScript entry under functions/. */
  readonly entry: string;
  readonly description: string;
  readonly environment?: Record<string, string>;
  readonly tables?: ReadonlyArray<{ readonly table: ITable; readonly access: TableAccess }>;
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

    for (const { table, access } of props.tables ?? []) {
      if (access === 'read-only') table.grantReadData(this.function);
      else table.grantReadWriteData(this.function);
    }
  }
}
