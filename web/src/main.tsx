import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'virtual:antd-styles.css';
import './i18n';
import { App } from './app/app';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
