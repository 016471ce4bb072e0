import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Construct } from 'constructs';
import { DeadLetterQueue } from './dead-letter-queue';
import { JobsSchedule } from './jobs-schedule';
import { OperationsAlarms } from './operations-alarms';
import { functionEntries } from './paths';
import { WebDistribution } from './web-distribution';
import { XinfangFunction } from './xinfang-function';
import { XinfangHttpApi } from './xinfang-http-api';
import type { TableRef } from './xinfang-table';
import type { XinfangUserPool } from './xinfang-user-pool';

export interface AppStackProps extends StackProps {
  readonly table: TableRef;
  readonly users: XinfangUserPool;
  /** Reported by GET /api/health; the release or commit being deployed. */
  readonly version: string;
  /** The edge stack's CloudFront web ACL, once deployed (`-c webAclArn=…`). */
  readonly webAclArn?: string;
  /** The districts whose townships the daily jobs run (districts have no index of their own). */
  readonly districts: readonly string[];
}

/** The replaceable part: the API function, its HTTP API, the statistics projector and the web distribution. */
export class AppStack extends Stack {
  readonly api: XinfangFunction;
  readonly statistics: XinfangFunction;
  readonly httpApi: XinfangHttpApi;
  readonly web: WebDistribution;
  readonly jobs: XinfangFunction;
  readonly statisticsDlq: DeadLetterQueue;
  readonly jobsDlq: DeadLetterQueue;
  readonly schedule: JobsSchedule;
  readonly alarms: OperationsAlarms;

  constructor(scope: Construct, id: string, props: AppStackProps) {
    super(scope, id, props);

    // AWS_REGION is set by Lambda itself (and reserved); XINFANG_DYNAMODB_ENDPOINT stays unset
    // so the SDK talks to DynamoDB proper.
    this.api = new XinfangFunction(this, 'Api', {
      entry: functionEntries.api,
      description: 'xinfang HTTP API (Hono)',
      environment: {
        XINFANG_TABLE: props.table.table.tableName,
        XINFANG_JWKS_URL: props.users.jwksUrl,
        XINFANG_TOKEN_ISSUER: props.users.issuer,
        // Cognito puts the app client id in the ID token's `aud`.
        XINFANG_TOKEN_AUDIENCE: props.users.webClient.userPoolClientId,
        XINFANG_VERSION: props.version,
      },
      tables: [{ table: props.table, access: 'read-write' }],
    });

    // The table's stream feeds the per-township, per-month statistics items (the same handler the
    // embedded store's change feed calls locally). It is idempotent, so retries and bisection are safe.
    this.statistics = new XinfangFunction(this, 'Statistics', {
      entry: functionEntries.stream,
      description: 'xinfang statistics projector (DynamoDB Streams)',
      environment: { XINFANG_TABLE: props.table.table.tableName },
      tables: [{ table: props.table, access: 'read-write' }],
    });
    this.statisticsDlq = new DeadLetterQueue(this, 'StatisticsDlq');
    this.statistics.function.addEventSource(
      new DynamoEventSource(props.table.table, {
        startingPosition: StartingPosition.LATEST,
        batchSize: 100,
        maxBatchingWindow: Duration.seconds(2),
        bisectBatchOnError: true,
        retryAttempts: 10,
        // A record that still fails after bisection and retries is sent here (its stream position, not the item)
        // instead of blocking the shard; the DLQ alarm tells an operator to run `xinfang repair`.
        onFailure: new SqsDlq(this.statisticsDlq.queue),
      }),
    );

    // The daily jobs: reminders into the inbox, month-end drafts and the annual settlement (functions/jobs).
    this.jobs = new XinfangFunction(this, 'Jobs', {
      entry: functionEntries.jobs,
      description: 'xinfang daily jobs (EventBridge Scheduler)',
      environment: { XINFANG_TABLE: props.table.table.tableName, XINFANG_DISTRICTS: props.districts.join(',') },
      tables: [{ table: props.table, access: 'read-write' }],
      timeout: Duration.minutes(10),
    });
    this.jobsDlq = new DeadLetterQueue(this, 'JobsDlq');
    this.schedule = new JobsSchedule(this, 'JobsSchedule', {
      handler: this.jobs.function,
      deadLetterQueue: this.jobsDlq.queue,
    });
    this.alarms = new OperationsAlarms(this, 'Alarms', {
      functions: { Api: this.api.function, Statistics: this.statistics.function, Jobs: this.jobs.function },
      deadLetterQueues: { StatisticsDlq: this.statisticsDlq.queue, JobsDlq: this.jobsDlq.queue },
    });

    this.httpApi = new XinfangHttpApi(this, 'Http', { handler: this.api.function });
    this.web = new WebDistribution(this, 'Web', {
      httpApi: this.httpApi.httpApi,
      ...(props.webAclArn ? { webAclArn: props.webAclArn } : {}),
    });

    new CfnOutput(this, 'ApiEndpoint', { value: this.httpApi.httpApi.apiEndpoint });
    new CfnOutput(this, 'WebUrl', { value: `https://${this.web.distribution.distributionDomainName}` });
    new CfnOutput(this, 'WebBucketName', { value: this.web.bucket.bucketName });
    new CfnOutput(this, 'DistributionId', { value: this.web.distribution.distributionId });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarms.topic.topicArn });
  }
}
