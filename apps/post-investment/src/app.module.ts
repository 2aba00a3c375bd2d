import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeadLetterPublisher, EventProcessor, PlatformModule, type ServiceEnv } from '@ndip/platform';
import { DataSource } from 'typeorm';
import { PostInvestmentInit1763780000300 } from './migrations/1763780000300-post-investment-init';
import { MonitoringConsumer } from './monitoring/monitoring.consumer';
import { MonitoringController } from './monitoring/monitoring.controller';
import { MonitoringEntity } from './monitoring/monitoring.entity';
import { MonitoringService } from './monitoring/monitoring.service';

const ENTITIES = [MonitoringEntity];

/** Module 3 "Пост-инвестиционное сопровождение": monitoring periods (issues, KPIs, archive follow). */
@Module({})
export class AppModule {
  static register(env: ServiceEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({ service: 'post-investment', env, entities: ENTITIES, migrations: [PostInvestmentInit1763780000300] }),
        TypeOrmModule.forFeature(ENTITIES),
      ],
      controllers: [MonitoringController, MonitoringConsumer],
      providers: [
        MonitoringService,
        {
          provide: EventProcessor,
          inject: [DataSource, DeadLetterPublisher, MonitoringService],
          useFactory: (ds: DataSource, dlq: DeadLetterPublisher, s: MonitoringService) => new EventProcessor('post-investment', ds, dlq, s.eventHandlers()),
        },
      ],
    };
  }
}
