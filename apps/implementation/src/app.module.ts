import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeadLetterPublisher, EventProcessor, PlatformModule, type ServiceEnv } from '@ndip/platform';
import { DataSource } from 'typeorm';
import { ImplementationInit1763780000200 } from './migrations/1763780000200-implementation-init';
import { ProjectController } from './project/project.controller';
import { ProjectConsumer } from './project/project.consumer';
import { ProjectEntity } from './project/project.entity';
import { ProjectRepository } from './project/project.repository';
import { ProjectService } from './project/project.service';

const ENTITIES = [ProjectEntity];

/** Module 2 "Реализация": project passports and pools (roadmap, tasks and the rest follow). */
@Module({})
export class AppModule {
  static register(env: ServiceEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({ service: 'implementation', env, entities: ENTITIES, migrations: [ImplementationInit1763780000200] }),
        TypeOrmModule.forFeature(ENTITIES),
      ],
      controllers: [ProjectController, ProjectConsumer],
      providers: [
        ProjectRepository,
        ProjectService,
        {
          provide: EventProcessor,
          inject: [DataSource, DeadLetterPublisher, ProjectService],
          useFactory: (ds: DataSource, dlq: DeadLetterPublisher, projects: ProjectService) =>
            new EventProcessor('implementation', ds, dlq, projects.eventHandlers()),
        },
      ],
    };
  }
}
