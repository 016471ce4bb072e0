// Stands in for `@aws-sdk/credential-provider-node` in Lambda bundles (see build.mjs).
// Lambda hands a function its execution role's credentials in the environment, and the SDK's default chain reads
// them there first too. But bundling that chain brings its SSO, STS, INI-file, process, HTTP and IMDS providers with
// their nested STS/SSO clients; esbuild's code splitting then puts what they share with the DynamoDB client (query
// and XML protocols, and more) in chunks every cold start loads: about 40 KB that never run in Lambda.
// The embedded store passes its own credentials, so this is only ever asked in AWS.

/** The credentials the SDK signs with (the SDK's AwsCredentialIdentity). */
interface EnvCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}

/** The SDK calls this once per client and memoizes the provider it returns. */
export function defaultProvider(): () => Promise<EnvCredentials> {
  return async () => {
    const accessKeyId = process.env['AWS_ACCESS_KEY_ID'];
    const secretAccessKey = process.env['AWS_SECRET_ACCESS_KEY'];
    if (!accessKeyId || !secretAccessKey) {
      throw new Error(
        'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set (Lambda sets them for the function role)',
      );
    }
    const sessionToken = process.env['AWS_SESSION_TOKEN'];
    const expiration = process.env['AWS_CREDENTIAL_EXPIRATION'];
    return {
      accessKeyId,
      secretAccessKey,
      ...(sessionToken ? { sessionToken } : {}),
      ...(expiration ? { expiration: new Date(expiration) } : {}),
    };
  };
}
