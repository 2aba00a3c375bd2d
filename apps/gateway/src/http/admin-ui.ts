import * as fs from 'node:fs';
import * as path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';

/** Where the browser finds the admin UI (apps/admin, built by Vite with `base: '/admin/'`). */
export const ADMIN_UI_PATH = '/admin';

/** NCALayer's local WebSocket: the admin UI signs the EDS login nonce through it (helmet connect-src). */
export const NCALAYER_ORIGIN = 'wss://127.0.0.1:13579';

/** The built UI: the configured folder (NDIP_ADMIN_UI_DIR), or dist/admin next to the compiled gateway (dist/apps/gateway/src/http). */
export function adminUiDir(configured = ''): string {
  return configured !== '' ? configured : path.resolve(__dirname, '..', '..', '..', '..', 'admin');
}

/**
 * Serves the admin SPA at /admin: hashed assets with a long cache, and index.html (no cache) for
 * every other GET under /admin so that the client-side routes survive a reload (SPA fallback).
 * When the UI has not been built, /admin answers 503 with how to build it, and the API is unaffected.
 */
export function mountAdminUi(app: INestApplication, dir: string): void {
  const index = path.join(dir, 'index.html');
  const server = app.getHttpAdapter().getInstance() as express.Express;
  server.use(ADMIN_UI_PATH, express.static(dir, { index: false, maxAge: '365d', immutable: true, fallthrough: true }));
  server.use(ADMIN_UI_PATH, (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path.startsWith('/assets/')) return res.status(404).type('text/plain').send('Not found');
    if (!fs.existsSync(index)) {
      return res
        .status(503)
        .type('text/plain')
        .send('The admin UI is not built: run `npx vite build -c apps/admin/vite.config.mts` (npm run start:all does it).');
    }
    res.setHeader('Cache-Control', 'no-cache');
    return res.sendFile(index);
  });
}
