import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { addXinfangStacks } from '../lib/xinfang-stacks';
import { prepareOfflineSynth } from './synth-env';

let template: Template;

beforeAll(() => {
  prepareOfflineSynth();
  const { app } = addXinfangStacks(new App(), { version: 'ops-test', districts: ['dist-a', 'dist-b'] });
  template = Template.fromStack(app);
});

type Statement = { Action: string | string[]; Effect: string; Resource: unknown };
const statements = (): Statement[] =>
  Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
    (p): Statement[] => p.Properties.PolicyDocument.Statement,
  );

function logicalIdOf(type: string, props: object): string {
  const found = Object.keys(template.findResources(type, { Properties: props }));
  expect(found).toHaveLength(1);
  return found[0] ?? '';
}

const jobsFunction = () =>
  logicalIdOf('AWS::Lambda::Function', {
    Environment: { Variables: Match.objectLike({ XINFANG_DISTRICTS: Match.anyValue() }) },
  });
const queues = () => Object.keys(template.findResources('AWS::SQS::Queue'));

describe('AppStack: the daily jobs', () => {
  it('runs the jobs function on Node.js 22+ with the districts to run and read-write access to the table', () => {
    const id = jobsFunction();
    const fn = template.findResources('AWS::Lambda::Function')[id]?.Properties;
    expect(fn.Runtime).toMatch(/^nodejs(2[2-9]|[3-9]\d)\.x$/);
    expect(fn.Environment.Variables).toMatchObject({
      XINFANG_DISTRICTS: 'dist-a,dist-b',
      XINFANG_TABLE: expect.anything(),
    });
    expect(fn.Timeout).toBe(600);
  });

  it('is invoked by an EventBridge Scheduler schedule every day at 06:00 Asia/Shanghai, with retries and a DLQ', () => {
    const id = jobsFunction();
    template.resourceCountIs('AWS::Scheduler::Schedule', 1);
    const schedule = Object.values(template.findResources('AWS::Scheduler::Schedule'))[0]?.Properties;
    expect(schedule.ScheduleExpression).toBe('cron(0 6 * * ? *)');
    expect(schedule.ScheduleExpressionTimezone).toBe('Asia/Shanghai');
    expect(schedule.State).toBe('ENABLED');
    expect(schedule.Target.Arn).toEqual({ 'Fn::GetAtt': [id, 'Arn'] });
    expect(JSON.parse(schedule.Target.Input)).toEqual({
      source: 'xinfang.scheduler',
      time: '<aws.scheduler.scheduled-time>',
    });
    expect(schedule.Target.RetryPolicy).toMatchObject({ MaximumRetryAttempts: 3 });
    expect(queues().map((q) => ({ 'Fn::GetAtt': [q, 'Arn'] }))).toContainEqual(schedule.Target.DeadLetterConfig.Arn);
  });

  it("grants the schedule's role lambda:InvokeFunction on the jobs function only", () => {
    const id = jobsFunction();
    const invoke = statements().filter((s) => [s.Action].flat().includes('lambda:InvokeFunction'));
    expect(invoke.length).toBeGreaterThan(0);
    for (const s of invoke) {
      expect([s.Action].flat()).toEqual(['lambda:InvokeFunction']);
      expect(JSON.stringify(s.Resource)).toContain(id);
    }
  });
});

describe('AppStack: the statistics stream dead-letter queue', () => {
  it('sends records that still fail after bisection and retries to an SQS queue', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 10,
      DestinationConfig: {
        OnFailure: { Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('StatisticsDlq'), 'Arn'] } },
      },
    });
    const send = statements().filter((s) => [s.Action].flat().some((a) => a.startsWith('sqs:SendMessage')));
    expect(JSON.stringify(send)).toMatch(/StatisticsDlq/);
  });

  it('keeps failed records 14 days, encrypted, SSL only', () => {
    template.resourceCountIs('AWS::SQS::Queue', 2);
    template.allResourcesProperties('AWS::SQS::Queue', {
      MessageRetentionPeriod: 14 * 24 * 3600,
      SqsManagedSseEnabled: true,
    });
    template.resourcePropertiesCountIs(
      'AWS::SQS::QueuePolicy',
      {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      },
      2,
    );
  });
});

describe('AppStack: alarms', () => {
  const alarms = () => Object.values(template.findResources('AWS::CloudWatch::Alarm')).map((a) => a.Properties);

  it('alarm on errors and throttles of every function, notifying one topic', () => {
    const functions = Object.keys(template.findResources('AWS::Lambda::Function')).filter(
      (id) => !id.includes('CustomResource') && !id.includes('AwsCli'),
    );
    for (const metric of ['Errors', 'Throttles']) {
      const on = alarms().filter((a) => a.MetricName === metric && a.Namespace === 'AWS/Lambda');
      expect(on.length).toBeGreaterThanOrEqual(3);
      expect(on.every((a) => a.Threshold === 1 && a.ComparisonOperator === 'GreaterThanOrEqualToThreshold')).toBe(true);
      const names = on.map((a) => JSON.stringify(a.Dimensions));
      for (const id of [jobsFunction(), ...functions.filter((f) => names.some((n) => n.includes(f)))]) {
        expect(names.some((n) => n.includes(id))).toBe(true);
      }
    }
    const topic = Object.keys(template.findResources('AWS::SNS::Topic'));
    expect(topic).toHaveLength(1);
    expect(alarms().every((a) => JSON.stringify(a.AlarmActions) === JSON.stringify([{ Ref: topic[0] }]))).toBe(true);
  });

  it('alarm as soon as anything waits in either dead-letter queue', () => {
    const depth = alarms().filter((a) => a.MetricName === 'ApproximateNumberOfMessagesVisible');
    expect(depth).toHaveLength(2);
    const watched = depth.map((a) => JSON.stringify(a.Dimensions));
    for (const queue of queues()) expect(watched.some((d) => d.includes(queue))).toBe(true);
    expect(depth.every((a) => a.Threshold === 1)).toBe(true);
  });
});
