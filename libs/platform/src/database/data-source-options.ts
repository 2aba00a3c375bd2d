import type { DataSourceOptions, MixedList } from 'typeorm';
import { InboxEntity } from '../inbox/inbox.entity';
import { OutboxEntity } from '../outbox/outbox.entity';
import { PlatformAuditChain1763800000000 } from './audit-chain-migration';
import { PlatformCommandDedup1763820000000, PlatformCommandDedupApplied1763900900000 } from './command-dedup-migration';
import { PlatformOutboxInbox1763780000000 } from './platform-migration';

/**
 * TypeORM options of a service: its own database, its entities plus outbox/inbox, migrations run
 * at boot (the platform migration first). `synchronize` is never used.
 */
export function serviceDataSourceOptions(opts: {
  url: string;
  entities: MixedList<Function>;
  migrations: Function[];
  applicationName: string;
}): DataSourceOptions {
  return {
    type: 'postgres',
    url: opts.url,
    entities: [...(opts.entities as Function[]), OutboxEntity, InboxEntity],
    migrations: [
      PlatformOutboxInbox1763780000000,
      PlatformAuditChain1763800000000,
      PlatformCommandDedup1763820000000,
      PlatformCommandDedupApplied1763900900000,
      ...opts.migrations,
    ],
    migrationsRun: true,
    migrationsTableName: 'migrations',
    synchronize: false,
    logging: ['error'],
    applicationName: opts.applicationName,
    extra: { max: 10, connectionTimeoutMillis: 5000 },
  };
}
