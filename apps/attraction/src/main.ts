import { bootstrapService, validateEnv } from '@ndip/platform';
import { AttractionEnv } from './attraction.env';
import { AppModule } from './app.module';

async function main(): Promise<void> {
  const env = validateEnv(AttractionEnv);
  await bootstrapService({ service: 'attraction', module: AppModule.register(env), env });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
