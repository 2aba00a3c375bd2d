import { Module, type DynamicModule } from '@nestjs/common';
import { DeadLetterPublisher, EventProcessor, PlatformModule, type ServiceEnv } from '@ndip/platform';
import { DataSource } from 'typeorm';
import { ReportingInit1763780000400 } from './migrations/1763780000400-reporting-init';
import { ProjectionConsumer } from './projection/projection.consumer';
import { ProjectionController } from './projection/projection.controller';
import { ProjectionService } from './projection/projection.service';

/** Reporting: read models built only from events (ratings, dashboard and reports follow). */
@Module({})
export class AppModule {
  static register(env: ServiceEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [PlatformModule.forService({ service: 'reporting', env, entities: [], migrations: [ReportingInit1763780000400] })],
      controllers: [ProjectionController, ProjectionConsumer],
      providers: [
        ProjectionService,
        {
          provide: EventProcessor,
          inject: [DataSource, DeadLetterPublisher, ProjectionService],
          useFactory: (ds: DataSource, dlq: DeadLetterPublisher, s: ProjectionService) => new EventProcessor('reporting', ds, dlq, s.eventHandlers()),
        },
      ],
    };
  }
}
