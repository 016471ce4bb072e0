import { Duration, Stack, Validations } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export interface WebDistributionProps {
  readonly httpApi: IHttpApi;
  /** The CloudFront web ACL of the edge stack (its rate-based rule limits /api/public/* per IP). */
  readonly webAclArn?: string;
}

/** The pages the web build draws into `<path>.html` (web/build/prerender.ts PRERENDERED_PAGES): painted before any script. */
const PRERENDERED_PAGES = ['/signin'];

// Every path without a file extension is a route of the single-page app and gets index.html, or its prerendered page.
// Done per request in a CloudFront Function rather than with distribution-wide error responses,
// which would also turn the API's own 403/404 problem+json answers into index.html.
const spaRewrite = `var PRERENDERED = ${JSON.stringify(PRERENDERED_PAGES)};
function handler(event) {
  var request = event.request;
  if (PRERENDERED.indexOf(request.uri) !== -1) { request.uri = request.uri + '.html'; return request; }
  var last = request.uri.split('/').pop();
  if (last.indexOf('.') === -1) { request.uri = '/index.html'; }
  return request;
}`;

/**
 * The web app's bucket behind CloudFront, with /api/* forwarded to the HTTP API so the browser
 * talks to a single origin (no CORS, cookies and tokens scoped to one host).
 */
export class WebDistribution extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: WebDistributionProps) {
    super(scope, id);

    this.bucket = new Bucket(this, 'WebBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
    });

    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions::AwsSolutions-S1',
      reason:
        'The bucket holds only the public build of the web app and is read only by CloudFront (OAC); requests are seen at CloudFront.',
    });

    const { region, urlSuffix } = Stack.of(this);
    const apiOrigin = new HttpOrigin(`${props.httpApi.apiId}.execute-api.${region}.${urlSuffix}`, {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      readTimeout: Duration.seconds(30),
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'xinfang web + API',
      ...(props.webAclArn ? { webAclId: props.webAclArn } : {}),
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        compress: true,
        functionAssociations: [
          {
            eventType: FunctionEventType.VIEWER_REQUEST,
            function: new CloudFrontFunction(this, 'SpaRewrite', {
              code: FunctionCode.fromInline(spaRewrite),
              runtime: FunctionRuntime.JS_2_0,
            }),
          },
        ],
      },
      additionalBehaviors: {
        '/api/*': {
          origin: apiOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          // Answers depend on the caller's token: never cache them. With caching disabled the
          // all-viewer policy forwards Authorization; the Host header must stay API Gateway's.
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
        },
      },
    });

    if (!props.webAclArn) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions::AwsSolutions-CFR2',
        reason:
          'The web ACL (edge stack, us-east-1) is attached with -c webAclArn=… once deployed; until then API Gateway route throttling limits /api/public/*.',
      });
    }
    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions::AwsSolutions-CFR1',
        reason:
          'No geo restriction: officials may work from anywhere; access is controlled by sign-in, not by country.',
      },
      {
        id: 'AwsSolutions::AwsSolutions-CFR3',
        reason:
          'API requests are logged by the HTTP API stage access log; CloudFront standard logging needs a log destination chosen per deployment.',
      },
      {
        id: 'AwsSolutions::AwsSolutions-CFR4',
        reason:
          'The default *.cloudfront.net certificate cannot pin a minimum TLS version; attach a custom domain with an ACM certificate (TLSv1.2_2021) before production.',
      },
    );
  }
}
