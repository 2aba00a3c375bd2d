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
    chunkSizeWarningLimit: 600,
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Vendor chunks that change rarely (cached across releases) apart from the pages, which
        // main.tsx loads per route with React.lazy. Charts come only with the pages using them, and
        // Ant Design's components (antd, @rc-component, icons) are left to the automatic splitting,
        // so that each lands with the pages that use it and the first load carries only what the
        // login page and the layout need. Was one 1.8 MB chunk; now 1.14 MB (366 kB gzip) on the
        // first load, the largest chunk the charting library (364 kB, loaded with the chart pages).
        // (includeDependenciesRecursively: false would make smaller groups but breaks the order in
        // which shared modules initialise: the app failed to start with it.)
        codeSplitting: {
          groups: [
            {
              name: 'vendor-react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|use-sync-external-store)[\\/]/,
              priority: 30,
            },
            {
              name: 'vendor-antd-core',
              test: /node_modules[\\/](@ant-design[\\/]cssinjs|@ant-design[\\/]colors|@ant-design[\\/]fast-color|@emotion|stylis|dayjs)[\\/]/,
              priority: 20,
            },
            {
              name: 'vendor',
              test: /node_modules[\\/](?!antd[\\/]|@ant-design[\\/]icons|@rc-component[\\/]|recharts|d3-|victory-vendor|internmap|decimal\.js-light|es-toolkit|@reduxjs|redux|react-redux|reselect|immer)/,
              priority: 10,
            },
          ],
        },
      },
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
