/**
 * The explorer (index.html) and the GraphQL playground (graphiql.html), built into web/dist, which
 * the API server serves (src/http/webApp.ts). Everything is bundled: the pages load nothing from
 * another host, so they work offline.
 *
 *   npm run build:web     build once (npm start and npm test do it first)
 *   npm run dev:web       Vite's dev server on :5173, /graphql proxied to the API on :4000
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/',
  // React's automatic JSX runtime, without the React plugin (no Fast Refresh needed for a build).
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    // Monaco (GraphiQL's editor) is large by nature; it is only loaded by the playground page.
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      input: { explorer: here('index.html'), playground: here('graphiql.html') },
      // GraphiQL's UI libraries mark their modules "use client" (a React Server Components hint); it means nothing in a browser bundle.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  // Monaco's language workers are ES modules that import chunks of their own.
  worker: { format: 'es' },
  server: {
    proxy: { '/graphql': process.env.ACTORGRAPH_API ?? 'http://127.0.0.1:4000' },
  },
});
