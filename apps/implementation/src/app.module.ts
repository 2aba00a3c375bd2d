import { Module, type DynamicModule } from '@nestjs/common';
import { AuditController } from './audit/audit.controller';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeadLetterPublisher, EventProcessor, OutboxWriter, PlatformModule, ReferenceDataModule } from '@ndip/platform';
import { REFERENCE_TOPIC } from '@ndip/domain';
import { ImplementationReference1763900100000 } from './migrations/1763900100000-implementation-reference';
import { DeadlineRecomputeService } from './reference/deadline-recompute.service';
import { ReferenceController } from './reference/reference.controller';
import { ReferenceEntryEntity } from './reference/reference.entity';
import { REFERENCE_OUTBOX, ReferenceService } from './reference/reference.service';
import { DataSource } from 'typeorm';
import { ImplementationOutbox } from './common/implementation-outbox';
import type { ImplementationEnv } from './implementation.env';
import { ImplementationInit1763780000200 } from './migrations/1763780000200-implementation-init';
import { ImplementationRoadmap1763780000210 } from './migrations/1763780000210-implementation-roadmap';
import { ImplementationPoolExclusion1763780000290 } from './migrations/1763780000290-implementation-pool-exclusion';
import { ImplementationPoolMembership1763780000300 } from './migrations/1763780000300-implementation-pool-membership';
import { ImplementationProsecutorFilter1763780000310 } from './migrations/1763780000310-implementation-prosecutor-filter';
import { ImplementationDesk1763781020000 } from './migrations/1763781020000-implementation-desk';
import { ImplementationImport1763900200000 } from './migrations/1763900200000-implementation-import';
import { ProjectImportController } from './import/project-import.controller';
import { ProjectImportService } from './import/project-import.service';
import { DeadlineController } from './deadline/deadline.controller';
import { DeadlineJob } from './deadline/deadline.job';
import { DeadlineService } from './deadline/deadline.service';
import { ATTACHMENT_STORAGE } from './discussion/attachment-storage';
import { attachmentStorageFor } from './discussion/s3-attachment-storage';
import { DiscussionController } from './discussion/discussion.controller';
import { ProjectAttachmentEntity, ProjectCommentEntity } from './discussion/discussion.entity';
import { DiscussionService } from './discussion/discussion.service';
import { StateServiceController } from './state-service/state-service.controller';
import { StateServiceEntity } from './state-service/state-service.entity';
import { StateServiceRepository } from './state-service/state-service.repository';
import { StateServiceService } from './state-service/state-service.service';
import { RestrictiveMeasureController } from './restrictive-measure/restrictive-measure.controller';
import { ProsecutorCaseEntity, RestrictiveMeasureEntity } from './restrictive-measure/restrictive-measure.entity';
import { RestrictiveMeasureRepository } from './restrictive-measure/restrictive-measure.repository';
import { RestrictiveMeasureService } from './restrictive-measure/restrictive-measure.service';
import { PoolMembershipController } from './pool-membership/pool-membership.controller';
import { PoolMembershipEntity, PoolRequestEntity } from './pool-membership/pool-membership.entity';
import { PoolMembershipRepository } from './pool-membership/pool-membership.repository';
import { PoolMembershipService } from './pool-membership/pool-membership.service';
import { ProjectController } from './project/project.controller';
import { ProjectConsumer } from './project/project.consumer';
import { GreenCorridorScoringEntity, ProjectEntity } from './project/project.entity';
import { ProjectRepository } from './project/project.repository';
import { ProjectService } from './project/project.service';
import { PoolExclusionConsumer, poolExclusionHandler } from './project/pool-exclusion.handler';
import { initiativeRevertedHandler } from './project/initiative-reverted.handler';
import { RoadmapController } from './roadmap/roadmap.controller';
import { RoadmapEntity } from './roadmap/roadmap.entity';
import { RoadmapRepository } from './roadmap/roadmap.repository';
import { RoadmapService } from './roadmap/roadmap.service';
import { TaskOverdueJob } from './task/task-overdue.job';
import { TaskController } from './task/task.controller';
import { TaskEntity } from './task/task.entity';
import { TaskRepository } from './task/task.repository';
import { TaskService } from './task/task.service';

const ENTITIES = [
  ProjectEntity,
  GreenCorridorScoringEntity,
  RoadmapEntity,
  TaskEntity,
  PoolMembershipEntity,
  PoolRequestEntity,
  RestrictiveMeasureEntity,
  ProsecutorCaseEntity,
  StateServiceEntity,
  ProjectCommentEntity,
  ProjectAttachmentEntity,
  ReferenceEntryEntity,
];

/** Module 2 "Реализация": project passports, pools, green corridor, Task Force, roadmaps and tasks. */
@Module({})
export class AppModule {
  static register(env: ImplementationEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({
          service: 'implementation',
          env,
          entities: ENTITIES,
          migrations: [
            ImplementationInit1763780000200,
            ImplementationRoadmap1763780000210,
            ImplementationPoolExclusion1763780000290,
            ImplementationPoolMembership1763780000300,
            ImplementationProsecutorFilter1763780000310,
            ImplementationDesk1763781020000,
            ImplementationImport1763900200000,
            ImplementationReference1763900100000,
          ],
        }),
        TypeOrmModule.forFeature(ENTITIES),
        ReferenceDataModule,
      ],
      controllers: [
        AuditController,
        ProjectController,
        ProjectConsumer,
        RoadmapController,
        TaskController,
        PoolExclusionConsumer,
        PoolMembershipController,
        RestrictiveMeasureController,
        StateServiceController,
        DiscussionController,
        DeadlineController,
        ProjectImportController,
        ReferenceController,
      ],
      providers: [
        ImplementationOutbox,
        ProjectRepository,
        ProjectService,
        RoadmapRepository,
        RoadmapService,
        TaskRepository,
        TaskService,
        TaskOverdueJob,
        PoolMembershipRepository,
        PoolMembershipService,
        RestrictiveMeasureRepository,
        RestrictiveMeasureService,
        StateServiceRepository,
        StateServiceService,
        DiscussionService,
        DeadlineService,
        DeadlineJob,
        ProjectImportService,
        ReferenceService,
        DeadlineRecomputeService,
        { provide: REFERENCE_OUTBOX, useValue: new OutboxWriter('implementation', REFERENCE_TOPIC) },
        { provide: ATTACHMENT_STORAGE, useFactory: () => attachmentStorageFor(env) },
        {
          provide: EventProcessor,
          inject: [DataSource, DeadLetterPublisher, ProjectService, ImplementationOutbox],
          useFactory: (ds: DataSource, dlq: DeadLetterPublisher, projects: ProjectService, out: ImplementationOutbox) =>
            new EventProcessor('implementation', ds, dlq, [
              ...projects.eventHandlers(),
              poolExclusionHandler(env.NDIP_RULE_EDITION),
              initiativeRevertedHandler(out),
            ]),
        },
      ],
    };
  }
}
