import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The local API (`xinfang start` or the API dev server) listens here.
const API = 'http://127.0.0.1:8787';

export default defineConfig({
  plugins: [react()],
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
