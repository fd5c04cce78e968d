import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { compression } from 'vite-plugin-compression2';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The dashboard: built into web/dist (served by the API server at /), dev server proxies the API. */
export default defineConfig({
  root,
  // Brotli and gzip copies beside each asset, served as they are (no compression per request).
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'] })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Lets bench/web attribute chunks to routes.
    manifest: true,
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', ws: true, changeOrigin: true },
      '/healthz': { target: 'http://127.0.0.1:4000' },
    },
  },
});
