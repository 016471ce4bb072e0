import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { addXinfangStacks } from '../lib/xinfang-stacks';
import { prepareOfflineSynth } from './synth-env';

let template: Template;
let assemblyDir: string;

// One synth for the file: it builds the functions with functions/api/build.mjs.
beforeAll(() => {
  prepareOfflineSynth();
  const cdkApp = new App();
  const { app } = addXinfangStacks(cdkApp, { version: '1.2.3-test' });
  template = Template.fromStack(app);
  assemblyDir = cdkApp.outdir;
});

function apiFunction() {
  const functions = template.findResources('AWS::Lambda::Function', {
    Properties: { Environment: { Variables: Match.objectLike({ XINFANG_JWKS_URL: Match.anyValue() }) } },
  });
  const entries = Object.entries(functions);
  expect(entries).toHaveLength(1);
  const [entry] = entries;
  if (!entry) throw new Error('API function not found');
  return { logicalId: entry[0], properties: entry[1].Properties };
}

describe('AppStack: the API function', () => {
  it('runs Node.js 22 (or newer) on arm64 with tracing and source maps', () => {
    const { properties } = apiFunction();
    expect(properties.Runtime).toMatch(/^nodejs(2[2-9]|[3-9]\d)\.x$/);
    expect(properties.Architectures).toEqual(['arm64']);
    expect(properties.TracingConfig).toEqual({ Mode: 'Active' });
    expect(properties.Handler).toBe('index.handler');
    expect(properties.Environment.Variables).toMatchObject({
      NODE_OPTIONS: '--enable-source-maps',
      XINFANG_VERSION: '1.2.3-test',
      XINFANG_TABLE: expect.anything(),
      XINFANG_JWKS_URL: expect.anything(),
      XINFANG_TOKEN_ISSUER: expect.anything(),
      XINFANG_TOKEN_AUDIENCE: expect.anything(),
    });
    // Lambda sets AWS_REGION itself; the endpoint override is for local stores only.
    expect(properties.Environment.Variables).not.toHaveProperty('XINFANG_DYNAMODB_ENDPOINT');
  });

  it('deploys the split build: the Excel code is a chunk beside the entry, loaded on first export', () => {
    const { properties } = apiFunction();
    const key: unknown = properties.Code?.S3Key;
    expect(key).toMatch(/^[0-9a-f]{64}\.zip$/);
    const dir = join(assemblyDir, `asset.${String(key).replace(/\.zip$/, '')}`);
    const entry = readFileSync(join(dir, 'index.mjs'), 'utf8');
    expect(entry).toMatch(/export\s*\{[^}]*\bas handler\}/);
    expect(entry).not.toContain('exceljs');
    expect(existsSync(join(dir, 'index.mjs.map'))).toBe(true);
    const excel = readdirSync(join(dir, 'chunks')).find((f) => /^excel-.*\.mjs$/.test(f));
    expect(excel).toBeDefined();
    expect(readFileSync(join(dir, 'chunks', String(excel)), 'utf8')).toContain('exceljs');
  });

  it('keeps its logs for a bounded time', () => {
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 180 });
  });

  it('may read and write items of the table, and nothing more of DynamoDB', () => {
    const statements = Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
      (policy): Array<{ Action: string | string[]; Effect: string; Resource: unknown }> =>
        policy.Properties.PolicyDocument.Statement,
    );
    const dynamo = statements.filter((s) => [s.Action].flat().some((a) => a.startsWith('dynamodb:')));
    const actions = dynamo.flatMap((s) => [s.Action].flat());

    expect(actions).toEqual(
      expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem']),
    );
    expect(actions).not.toContain('dynamodb:DeleteTable');
    expect(actions).not.toContain('dynamodb:*');
    // Scoped to the table imported from the data stack, never to '*' — except dynamodb:ListStreams, which
    // AWS only grants on '*' (the stream projector's event source needs it to find the table's stream).
    for (const statement of dynamo) {
      if ([statement.Action].flat().every((a) => a === 'dynamodb:ListStreams')) continue;
      expect(JSON.stringify(statement.Resource)).toContain('CasesTable');
    }
  });
});

describe('AppStack: HTTP API', () => {
  it('sends every route to the API function through a v2.0 Lambda proxy integration', () => {
    const { logicalId } = apiFunction();
    template.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: '$default' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
      IntegrationUri: { 'Fn::GetAtt': [logicalId, 'Arn'] },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', { StageName: '$default', AutoDeploy: true });
  });
});

describe('AppStack: web distribution', () => {
  it('serves a private, SSL-only bucket through CloudFront with origin access control', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
  });

  it('routes /api/* to the HTTP API uncached, so the browser uses one origin', () => {
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: 'index.html',
        CacheBehaviors: [
          Match.objectLike({
            PathPattern: '/api/*',
            AllowedMethods: Match.arrayWith(['PUT', 'PATCH', 'POST', 'DELETE']),
            // Managed CachingDisabled policy.
            CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
          }),
        ],
      }),
    });
  });

  it('answers app routes with index.html, and /signin with its prerendered page, in the viewer-request function', () => {
    const functions = Object.values(template.findResources('AWS::CloudFront::Function'));
    expect(functions).toHaveLength(1);
    const code = String(functions[0]?.Properties.FunctionCode);
    const handler = new Function(`${code}; return handler;`)() as (event: unknown) => { uri: string };
    const uriFor = (uri: string) => handler({ request: { uri } }).uri;
    expect(uriFor('/signin')).toBe('/signin.html');
    expect(uriFor('/cases/c-1')).toBe('/index.html');
    expect(uriFor('/')).toBe('/index.html');
    expect(uriFor('/assets/index-abc123.js')).toBe('/assets/index-abc123.js');
  });
});

describe('AppStack: the statistics projector', () => {
  it('reads the table stream with a Node.js 22+ arm64 function, retrying and bisecting failed batches', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      StartingPosition: 'LATEST',
      BatchSize: 100,
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 10,
      EventSourceArn: Match.anyValue(),
    });
    const projectors = template.findResources('AWS::Lambda::Function', {
      Properties: { Description: 'xinfang statistics projector (DynamoDB Streams)' },
    });
    const [projector] = Object.values(projectors);
    expect(projector?.Properties.Runtime).toMatch(/^nodejs(2[2-9]|[3-9]\d)\.x$/);
    expect(projector?.Properties.Architectures).toEqual(['arm64']);
  });
});
