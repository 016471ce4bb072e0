import { Duration, Validations } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/**
 * A queue for what keeps failing (stream records after their retries, scheduled runs after theirs): kept 14 days
 * to look at and replay, SSL only, encrypted. It is itself the end of the line, so it has no queue behind it.
 */
export class DeadLetterQueue extends Construct {
  readonly queue: Queue;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.queue = new Queue(this, 'Queue', {
      retentionPeriod: Duration.days(14),
      enforceSSL: true,
      encryption: QueueEncryption.SQS_MANAGED,
    });
    Validations.of(this.queue).acknowledge({
      id: 'AwsSolutions::AwsSolutions-SQS3',
      reason:
        'This queue is the dead-letter destination (a Lambda event source on-failure destination or a Scheduler target DLQ), which cdk-nag only recognises through SQS redrive policies.',
    });
  }
}
