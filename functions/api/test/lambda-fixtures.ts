import type { LambdaContext, LambdaEvent } from 'hono/aws-lambda';

/** hono names the v2 payload but does not export it; the one with a routeKey is it. */
export type APIGatewayProxyEventV2 = Extract<LambdaEvent, { routeKey: string }>;

/** An API Gateway HTTP API (payload v2.0) event as the $default route delivers it. */
export function httpApiEvent(
  method: string,
  path: string,
  headers: Record<string, string> = {},
): APIGatewayProxyEventV2 {
  const time = '25/Nov/2025:08:00:00 +0000';
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    cookies: [],
    headers: {
      accept: 'application/json',
      'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8',
      host: 'abc123.execute-api.cn-north-1.amazonaws.com.cn',
      'user-agent': 'Mozilla/5.0',
      'x-forwarded-for': '203.0.113.7',
      'x-forwarded-port': '443',
      'x-forwarded-proto': 'https',
      ...headers,
    },
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      authentication: null,
      authorizer: {},
      domainName: 'abc123.execute-api.cn-north-1.amazonaws.com.cn',
      domainPrefix: 'abc123',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.7', userAgent: 'Mozilla/5.0' },
      requestId: 'JKJaXmPLvHcESHA=',
      routeKey: '$default',
      stage: '$default',
      time,
      timeEpoch: 1764057600000,
    },
    body: null,
    isBase64Encoded: false,
  };
}

export function lambdaContext(): LambdaContext {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: 'XinfangApp-ApiFunction',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws-cn:lambda:cn-north-1:123456789012:function:XinfangApp-ApiFunction',
    memoryLimitInMB: '1024',
    awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
    logGroupName: '/aws/lambda/XinfangApp-ApiFunction',
    logStreamName: '2025/11/25/[$LATEST]abcdef',
    getRemainingTimeInMillis: () => 15_000,
  };
}

/** The environment the CDK stack gives the function, pointed at a local store. */
export function functionEnv(endpoint: string, tableName: string): Record<string, string> {
  return {
    XINFANG_TABLE: tableName,
    XINFANG_DYNAMODB_ENDPOINT: endpoint,
    AWS_REGION: 'cn-north-1',
    // Nothing listens here; the health route needs no token, so the key set is never fetched.
    XINFANG_JWKS_URL: 'http://127.0.0.1:9/.well-known/jwks.json',
    XINFANG_TOKEN_ISSUER: 'http://127.0.0.1:9',
    XINFANG_VERSION: 'test-1.2.3',
  };
}
