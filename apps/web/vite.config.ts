import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { pwaShell } from './pwa-shell.ts';

/**
 * Chunk groups keep the login route small: React + router + query + i18n form one cached
 * vendor chunk; ECharts/zrender and Zod (with the shared schemas) only load on pages that use them.
 * antd is left to the automatic splitter so each route pulls only the components it renders.
 */
const GROUPS: { name: string; test: RegExp; priority: number }[] = [
  { name: 'echarts', test: /node_modules[\\/](echarts|zrender|tslib)[\\/]/, priority: 30 },
  { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 25 },
  {
    name: 'react-vendor',
    test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|i18next|react-i18next|html-parse-stringify|void-elements|cookie|set-cookie-parser)[\\/]/,
    priority: 20,
  },
];

export default defineConfig({
  // pwaShell: versions the service worker by the build and lists the offline shell's files (grid worker PWA).
  plugins: [react(), pwaShell()],
  server: {
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: GROUPS },
      },
    },
  },
});
