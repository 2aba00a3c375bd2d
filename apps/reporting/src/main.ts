import { bootstrapService, validateEnv } from '@ndip/platform';
import { AppModule } from './app.module';
import { ReportingEnv } from './reporting.env';

async function main(): Promise<void> {
  const env = validateEnv(ReportingEnv);
  await bootstrapService({ service: 'reporting', module: AppModule.register(env), env });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
