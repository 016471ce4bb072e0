import { HttpApi, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Construct } from 'constructs';

export interface XinfangHttpApiProps {
  readonly handler: IFunction;
}

/**
 * API Gateway HTTP API whose every route goes to the one Hono function: routing, validation and
 * auth live in the app (packages/api), which runs the same under Node locally.
 */
export class XinfangHttpApi extends Construct {
  readonly httpApi: HttpApi;

  constructor(scope: Construct, id: string, props: XinfangHttpApiProps) {
    super(scope, id);

    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'xinfang API (Hono on Lambda)',
      // $default route: the app answers unknown paths itself with problem+json.
      defaultIntegration: new HttpLambdaIntegration('ApiIntegration', props.handler),
      // The stage is declared below so it can carry throttling and access logs.
      createDefaultStage: false,
    });

    Validations.of(this.httpApi).acknowledge({
      id: 'AwsSolutions::AwsSolutions-APIG4',
      reason:
        'Authorisation is done in the app: it verifies Cognito JWTs against the pool\'s JWKS and takes tenant and role from the token (architecture.md); a few routes such as /api/health are public on purpose.',
    });

    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: RetentionDays.SIX_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      // A ceiling so a runaway client cannot run up the bill of a township's budget.
      throttle: { rateLimit: 200, burstLimit: 400 },
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs) },
    });
  }
}
