import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import 'virtual:antd-styles.css';
import './i18n';
import { loadAllStyles, setAllStylesLoader } from './app/all-styles';
import { App } from './app/app';
import { createRouter, whenRouterReady } from './app/router';
import { afterFirstPaint } from './lib/use-after-first-paint';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');

// The rest of antd's styles (web/build/antd-styles.ts): asked for after the first paint, awaited by the other pages.
setAllStylesLoader(() => import('./app/antd-rest-styles'));
const router = createRouter();
const app = (
  <StrictMode>
    <App router={router} />
  </StrictMode>
);

// The first render waits for the page's lazy route modules (index.html preloads them with the entry), so it draws the
// page itself in one synchronous pass rather than an empty router and then the page in a time-sliced transition.
void whenRouterReady(router).then(() => {
  // The signed-in home's shell (index.html, web/build/prerender.ts) is drawn over: the app's first render looks the
  // same, but it reads the session, which the build had not. A prerendered public page (signin.html) is taken over.
  if (root.hasAttribute('data-shell')) {
    root.removeAttribute('data-shell');
    createRoot(root).render(app);
  } else if (root.firstElementChild) hydrateRoot(root, app);
  else createRoot(root).render(app);
  void afterFirstPaint().then(() => loadAllStyles().catch(() => undefined));
});
