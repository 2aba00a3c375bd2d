import { bootstrapService, validateEnv } from '@ndip/platform';
import { AppModule } from './app.module';
import { ImplementationEnv } from './implementation.env';

async function main(): Promise<void> {
  const env = validateEnv(ImplementationEnv);
  await bootstrapService({ service: 'implementation', module: AppModule.register(env), env });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
