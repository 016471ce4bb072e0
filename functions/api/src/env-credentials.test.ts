import { afterEach, describe, expect, it } from 'vitest';
import { defaultProvider } from './env-credentials';

const names = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_CREDENTIAL_EXPIRATION'];
const saved = Object.fromEntries(names.map((n) => [n, process.env[n]]));

afterEach(() => {
  for (const n of names) {
    if (saved[n] === undefined) delete process.env[n];
    else process.env[n] = saved[n];
  }
});

describe('the Lambda bundle signs with the credentials Lambda puts in the environment', () => {
  it('returns the role session Lambda provides', async () => {
    Object.assign(process.env, {
      AWS_ACCESS_KEY_ID: 'ASIAEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_SESSION_TOKEN: 'token',
    });
    delete process.env['AWS_CREDENTIAL_EXPIRATION'];
    await expect(defaultProvider()()).resolves.toEqual({
      accessKeyId: 'ASIAEXAMPLE',
      secretAccessKey: 'secret',
      sessionToken: 'token',
    });
  });

  it('fails with the names of the missing variables instead of signing with nothing', async () => {
    for (const n of names) delete process.env[n];
    await expect(defaultProvider()()).rejects.toThrow(/AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY/);
  });
});
