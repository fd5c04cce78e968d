import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The GraphQL IDE: a second build of the web, into web/dist/graphiql (served at /graphiql and at
 * GET /graphql for browsers). Run after the dashboard's build, which empties web/dist.
 */
export default defineConfig({
  root,
  base: '/graphiql/',
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'] })],
  build: {
    outDir: '../dist/graphiql',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Monaco is one large editor by design; it loads only on this page.
    chunkSizeWarningLimit: 5000,
    rollupOptions: {
      onwarn(warning, warn) {
        // GraphiQL's React-compiler directives ("use no memo") are only hints to that compiler.
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
