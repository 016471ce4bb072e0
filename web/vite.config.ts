import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The local API (`xinfang start` or the API dev server) listens here.
const API = 'http://127.0.0.1:8787';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd stays one chunk (~940 kB, ~300 kB gzip since the home page uses
    // DatePicker, Table and Statistic): splitting it by size broke its module
    // initialisation order at run time. The app code itself is small.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: separate chunks stay cached
        // across deploys.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              priority: 30,
            },
            {
              name: 'antd',
              test: /[\\/]node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+)[\\/]/,
              priority: 20,
            },
            // ECharts (with its renderer zrender) only for the district pages: its own chunk, fetched on demand.
            { name: 'echarts', test: /[\\/]node_modules[\\/](echarts|zrender)[\\/]/, priority: 25 },
            { name: 'vendor', test: /[\\/]node_modules[\\/]/, priority: 10 },
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
