import { type CfnElement, Duration, Stack, TimeZone, Validations } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { ContextAttribute, Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface JobsScheduleProps {
  readonly handler: IFunction;
  /** Invocations that fail after the retries land here (and alarm). */
  readonly deadLetterQueue: IQueue;
  /** Hour of the day in Asia/Shanghai; 06:00 by default, before the offices open. */
  readonly hour?: number;
}

/**
 * EventBridge Scheduler runs the jobs function once a day in Asia/Shanghai time. The input carries the scheduled
 * instant, from which the function takes the day (functions/jobs/src/index.ts); every job is idempotent, so the
 * retries are safe.
 */
export class JobsSchedule extends Construct {
  readonly schedule: Schedule;

  constructor(scope: Construct, id: string, props: JobsScheduleProps) {
    super(scope, id);
    this.schedule = new Schedule(this, 'Daily', {
      description: 'xinfang daily jobs: reminders, screening ledgers, fines, month-end and annual evaluation',
      schedule: ScheduleExpression.cron({
        minute: '0',
        hour: String(props.hour ?? 6),
        timeZone: TimeZone.ASIA_SHANGHAI,
      }),
      target: new LambdaInvoke(props.handler, {
        input: ScheduleTargetInput.fromObject({ source: 'xinfang.scheduler', time: ContextAttribute.scheduledTime }),
        retryAttempts: 3,
        maxEventAge: Duration.hours(2),
        deadLetterQueue: props.deadLetterQueue,
      }),
    });
    // The target's role is created at stack level (one per target function), hence acknowledged on the stack.
    Validations.of(Stack.of(this)).acknowledge({
      id: `AwsSolutions::AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(props.handler.node.defaultChild as CfnElement)}.Arn>:*]`,
      reason:
        'lambda:InvokeFunction on the jobs function and its versions (<arn>:*), as grantInvoke writes it; nothing else.',
    });
  }
}
