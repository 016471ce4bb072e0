// Built for Node by web/build/prerender.ts: the markup of a page as the app's first render draws it, so the browser
// paints it before any script has run. main.tsx then hydrates a public page, and draws over the signed-in home's shell.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createMemoryRouter } from 'react-router';
import './i18n';
import { App } from './app/app';
import { AppLayout } from './app/layout/app-layout';
import { routes, whenRouterReady } from './app/router';
import { TownshipHome } from './app/routes/home-township';

export async function prerender(path: string): Promise<string> {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  await whenRouterReady(router);
  return renderToString(
    <StrictMode>
      <App router={router} />
    </StrictMode>,
  );
}

/**
 * The signed-in home of a township user as its first render draws it before any answer from the API: the layout
 * without its menu, the headings, and placeholders for the user, the township and the figures, for `month`
 * (index.html's script writes the current one in its place: web/build/prerender.ts). The build has no session: the
 * layout finds no token, which changes nothing it draws before the first paint.
 */
export async function prerenderHomeShell(month: string): Promise<string> {
  const noSession: Pick<Storage, 'getItem'> = { getItem: () => null };
  const before = Object.getOwnPropertyDescriptor(globalThis, 'sessionStorage');
  Object.defineProperty(globalThis, 'sessionStorage', { value: noSession, configurable: true });
  try {
    return await renderShell(month);
  } finally {
    if (before) Object.defineProperty(globalThis, 'sessionStorage', before);
    else Reflect.deleteProperty(globalThis, 'sessionStorage');
  }
}

async function renderShell(month: string): Promise<string> {
  const router = createMemoryRouter(
    [
      {
        element: <AppLayout />,
        children: [{ index: true, element: <TownshipHome me={undefined} role="petition_officer" /> }],
      },
    ],
    { initialEntries: [`/?month=${month}`] },
  );
  await whenRouterReady(router);
  return renderToString(
    <StrictMode>
      <App router={router} />
    </StrictMode>,
  );
}
