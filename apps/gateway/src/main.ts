import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { bootstrapService, validateEnv } from '@ndip/platform';
import { AppModule } from './app.module';
import { GatewayEnv } from './gateway.env';
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
      (app.getHttpAdapter().getInstance() as { disable(s: string): void }).disable('x-powered-by');
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
