/** A token as the API issues it; the pages only read its claims (the API verifies it). */
export function tokenWith(claims: Record<string, string>): string {
  const part = (o: object) => btoa(JSON.stringify(o)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${part({ alg: 'HS256' })}.${part(claims)}.signature`;
}

/**
 * A fetch that answers /api/me (as `me`) only when `answerMe` is called; every other read stays pending. `paths`
 * lists every path asked for, in order.
 */
export function slowMe(me: Record<string, string> = ME) {
  let answerMe: () => void = () => undefined;
  const paths: string[] = [];
  const answer = new Promise<Response>((resolve) => {
    answerMe = () =>
      resolve(new Response(JSON.stringify(me), { status: 200, headers: { 'content-type': 'application/json' } }));
  });
  const fetch = (input: RequestInfo | URL) => {
    const path = new URL(String(input), 'http://localhost').pathname;
    paths.push(path);
    return path === '/api/me' ? answer : new Promise<Response>(() => undefined);
  };
  return { fetch, paths, answerMe: () => answerMe() };
}

const ME = { userId: 'u1', name: '张敏', role: 'petition_officer', tenantId: 't1', districtId: 'd1' };
