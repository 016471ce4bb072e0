import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';

export interface Call {
  method: string;
  path: string;
  body: unknown;
}

type Answer = { status: number; body: unknown } | ((call: Call) => { status: number; body: unknown });

/** A fetch answering by "METHOD /path" from a table (a function answers from the request), recording every call. */
export function fakeApi(routes: Record<string, Answer>) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input), 'http://localhost');
    const call = {
      method: init?.method ?? 'GET',
      path: url.pathname,
      body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    };
    calls.push(call);
    const route = routes[`${call.method} ${call.path}`];
    const answer =
      typeof route === 'function' ? route(call) : (route ?? { status: 404, body: { title: 'Not Found', status: 404 } });
    return new Response(answer.status === 204 ? null : JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': answer.status >= 400 ? 'application/problem+json' : 'application/json' },
    });
  };
  return { fetch, calls };
}

/** A fresh query cache without retries around a settings component. */
export function withQueries(node: ReactNode): ReactNode {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return <QueryClientProvider client={client}>{node}</QueryClientProvider>;
}
