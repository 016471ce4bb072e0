import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { antdStyles } from './build/antd-styles';
import { firstPageChunk, firstPagePreload } from './build/first-pages';
import { prerenderPages } from './build/prerender';

// The local API (`xinfang start` or the API dev server) listens here.
const API = 'http://127.0.0.1:8787';

export default defineConfig({
  plugins: [react(), antdStyles(), firstPagePreload(), prerenderPages()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd is split by use, not by size (splitting by size broke its module
    // initialisation order at run time): the first load carries only what
    // the providers draw, each page chunk the components it uses.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: {
        // React changes less often than our code: its own chunk stays cached
        // across deploys. (One antd or vendor group would put every antd
        // component any page uses into the first load.)
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              priority: 30,
            },
            // ECharts and its renderer only for the pages that draw charts (reached by a dynamic import).
            { name: 'echarts', test: /[\\/]node_modules[\\/](echarts|zrender|tslib)[\\/]/, priority: 25 },
            // What the entry imports statically stays in the entry (the first load: 3 files instead of 11).
            { name: 'initial', tags: ['$initial'], priority: 22 },
            // The pages opened first (sign-in, the signed-in layout, home) in one chunk each instead of 30 to 50
            // small ones; index.html asks for them with the entry (web/build/first-pages.ts).
            { name: firstPageChunk(), priority: 20, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': API,
      '/auth': API,
    },
  },
});
