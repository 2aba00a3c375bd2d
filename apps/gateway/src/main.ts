import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { bootstrapService, validateEnv } from '@ndip/platform';
import { AppModule } from './app.module';
import { GatewayEnv } from './gateway.env';
import { adminUiDir, mountAdminUi, NCALAYER_ORIGIN } from './http/admin-ui';
import { createValidationPipe } from './http/validation.pipe';

export function buildOpenApi(app: INestApplication): ReturnType<typeof SwaggerModule.createDocument> {
  const config = new DocumentBuilder()
    .setTitle('NDIP gateway API')
    .setDescription('National Digital Investment Platform (НЦИП): API for state agencies. Errors are application/problem+json (RFC 9457).')
    .setVersion('1')
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, config);
}

async function main(): Promise<void> {
  const env = validateEnv(GatewayEnv);
  await bootstrapService({
    service: 'gateway',
    module: AppModule.register(env),
    env,
    kafkaConsumer: false,
    configure: (app) => {
      const express = app.getHttpAdapter().getInstance() as { disable(s: string): void; set(k: string, v: unknown): void };
      express.disable('x-powered-by');
      express.set('trust proxy', 'loopback, linklocal, uniquelocal'); // req.ip is the client behind the ingress
      app.use(
        helmet({
          // Swagger UI at /api/docs needs inline scripts and styles; the admin UI (/admin) inline styles and NCALayer.
          contentSecurityPolicy: {
            directives: {
              'script-src': ["'self'", "'unsafe-inline'"],
              'style-src': ["'self'", "'unsafe-inline'"],
              'img-src': ["'self'", 'data:'],
              'connect-src': ["'self'", NCALAYER_ORIGIN],
            },
          },
        }),
      );
      const origins = env.NDIP_CORS_ORIGINS.split(',')
        .map((o) => o.trim())
        .filter(Boolean);
      app.enableCors({ origin: origins.length > 0 ? origins : false, credentials: false, exposedHeaders: ['X-Correlation-Id', 'Retry-After'] });
      mountAdminUi(app, adminUiDir(env.NDIP_ADMIN_UI_DIR));
      app.useGlobalPipes(createValidationPipe());
      SwaggerModule.setup('api/docs', app, buildOpenApi(app), { jsonDocumentUrl: 'api/docs/openapi.json' });
    },
  });
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
