import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The admin UI: a React SPA served by the gateway under /admin (static files from dist/admin).
 * Vite 8 transforms TSX itself with Oxc (automatic JSX runtime), so no React plugin is needed.
 * `npx vite -c apps/admin/vite.config.ts` serves it for development and proxies the API to a
 * gateway on NDIP_GATEWAY_URL (default http://127.0.0.1:3000).
 */
export default defineConfig({
  root,
  base: '/admin/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/admin', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    sourcemap: false,
    rolldownOptions: {
      // Ant Design marks its modules "use client" for React Server Components; meaningless in an SPA bundle.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    proxy: { '/api': process.env.NDIP_GATEWAY_URL ?? 'http://127.0.0.1:3000' },
  },
  logLevel: 'warn',
});
