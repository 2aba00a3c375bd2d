import { bootstrapService, validateEnv } from '@ndip/platform';
import { AppModule } from './app.module';
import { PostInvestmentEnv } from './post-investment.env';

async function main(): Promise<void> {
  const env = validateEnv(PostInvestmentEnv);
  await bootstrapService({ service: 'post-investment', module: AppModule.register(env), env });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
