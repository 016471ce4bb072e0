import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  Mfa,
  StringAttribute,
  UserPool,
  type UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

/**
 * Who may sign in, and to which tenant they belong. The token carries tenant, district, role and
 * unit as custom attributes (custom:tenant, …); the API trusts those, never a tenant named in a
 * path or body, so users must not be able to change them: only administrators write them.
 */
export class XinfangUserPool extends Construct {
  readonly userPool: UserPool;
  readonly webClient: UserPoolClient;
  /** The token issuer the API checks (`iss`). */
  readonly issuer: string;
  readonly jwksUrl: string;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    this.userPool = new UserPool(this, 'UserPool', {
      // Accounts are opened by a township's administrator, not by whoever finds the site.
      selfSignUpEnabled: false,
      signInAliases: { username: true, email: true },
      standardAttributes: { email: { required: true, mutable: true }, fullname: { required: false, mutable: true } },
      customAttributes: {
        tenant: new StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
        district: new StringAttribute({ minLen: 1, maxLen: 64, mutable: true }),
        role: new StringAttribute({ minLen: 1, maxLen: 32, mutable: true }),
        unit: new StringAttribute({ minLen: 0, maxLen: 128, mutable: true }),
      },
      passwordPolicy: {
        minLength: 12,
        requireDigits: true,
        requireLowercase: true,
        requireUppercase: true,
        requireSymbols: true,
      },
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    Validations.of(this.userPool).acknowledge(
      {
        id: 'AwsSolutions::AwsSolutions-COG2',
        reason:
          'MFA is optional (TOTP) until the web app has an enrolment flow; townships that want it can require it per user. Revisit before production.',
      },
      {
        id: 'AwsSolutions::AwsSolutions-COG8',
        reason:
          'The Plus feature plan (threat protection) is billed per active user and not offered in every region; accounts are admin-created, which removes self sign-up abuse. Decide per deployment.',
      },
    );

    const standard = { email: true, fullname: true };
    this.webClient = this.userPool.addClient('WebClient', {
      // A browser cannot keep a secret.
      generateSecret: false,
      authFlows: { userSrp: true },
      preventUserExistenceErrors: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(7),
      readAttributes: new ClientAttributes()
        .withStandardAttributes(standard)
        .withCustomAttributes('tenant', 'district', 'role', 'unit'),
      // No custom attribute here: a user rewriting custom:tenant would cross tenants.
      writeAttributes: new ClientAttributes().withStandardAttributes(standard),
    });

    const { region, urlSuffix } = Stack.of(this);
    this.issuer = `https://cognito-idp.${region}.${urlSuffix}/${this.userPool.userPoolId}`;
    this.jwksUrl = `${this.issuer}/.well-known/jwks.json`;
  }
}
