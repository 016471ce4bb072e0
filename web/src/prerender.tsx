// Built for Node by web/build/prerender.ts: the markup of a public page as the app's first render draws it, so the
// browser paints it before any script has run (main.tsx then hydrates it).
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createMemoryRouter } from 'react-router';
import './i18n';
import { App } from './app/app';
import { routes, whenRouterReady } from './app/router';

export async function prerender(path: string): Promise<string> {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  await whenRouterReady(router);
  return renderToString(
    <StrictMode>
      <App router={router} />
    </StrictMode>,
  );
}
