import type { CfnStage } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { PUBLIC_API_LIMITS } from './public-api-limits';

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

    const integration = new HttpLambdaIntegration('ApiIntegration', props.handler);
    this.httpApi = new HttpApi(this, 'HttpApi', {
      description: 'xinfang API (Hono on Lambda)',
      // $default route: the app answers unknown paths itself with problem+json.
      defaultIntegration: integration,
      // The stage is declared below so it can carry throttling and access logs.
      createDefaultStage: false,
    });

    Validations.of(this.httpApi).acknowledge({
      id: 'AwsSolutions::AwsSolutions-APIG4',
      reason:
        "Authorisation is done in the app: it verifies Cognito JWTs against the pool's JWKS and takes tenant and role from the token (architecture.md); a few routes such as /api/health are public on purpose.",
    });

    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: RetentionDays.SIX_MONTHS,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    // The public tracking routes get their own route, so the stage can throttle them far below the rest.
    const publicRoutes = this.httpApi.addRoutes({
      path: `${PUBLIC_API_LIMITS.pathPrefix}{proxy+}`,
      methods: [HttpMethod.ANY],
      integration,
    });

    const stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      // A ceiling so a runaway client cannot run up the bill of a township's budget.
      throttle: { rateLimit: 200, burstLimit: 400 },
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs) },
    });
    // HttpStage has no per-route settings: set them on the CloudFormation stage (route key = method + path). The
    // property is untyped JSON, so it is written as CloudFormation spells it; the route must exist first.
    (stage.node.defaultChild as CfnStage).addPropertyOverride('RouteSettings', {
      [`ANY ${PUBLIC_API_LIMITS.pathPrefix}{proxy+}`]: {
        ThrottlingRateLimit: PUBLIC_API_LIMITS.throttleRatePerSecond,
        ThrottlingBurstLimit: PUBLIC_API_LIMITS.throttleBurst,
      },
    });
    stage.node.addDependency(...publicRoutes);
  }
}
