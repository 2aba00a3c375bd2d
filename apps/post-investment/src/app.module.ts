import { Module, type DynamicModule } from '@nestjs/common';
import { AuditController } from './audit/audit.controller';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeadLetterPublisher, EventProcessor, PlatformModule, ReferenceDataModule } from '@ndip/platform';
import { DataSource } from 'typeorm';
import { ArchiveController } from './archive/archive.controller';
import { ArchiveEntity } from './archive/archive.entity';
import { ArchiveService } from './archive/archive.service';
import { documentRegisterHandler } from './archive/document-register.handler';
import { InvestorService } from './investor/investor.service';
import { ProjectInvestorEntity } from './investor/project-investor.entity';
import { IssueController } from './issue/issue.controller';
import { IssueEntity } from './issue/issue.entity';
import { IssueService } from './issue/issue.service';
import { JobsController } from './jobs/jobs.controller';
import { M3JobsService } from './jobs/m3-jobs.service';
import { KpiReportEntity } from './kpi/kpi-report.entity';
import { KpiController } from './kpi/kpi.controller';
import { KpiService } from './kpi/kpi.service';
import { PostInvestmentInit1763780000300 } from './migrations/1763780000300-post-investment-init';
import { PostInvestmentModule31763780000310 } from './migrations/1763780000310-post-investment-module3';
import { PostInvestmentPassportBin1763781031000 } from './migrations/1763781031000-post-investment-passport-bin';
import { PostInvestmentDocumentRegister1763781090000 } from './migrations/1763781090000-post-investment-document-register';
import { ChangeEntity } from './monitoring/change.entity';
import { MonitoringConsumer } from './monitoring/monitoring.consumer';
import { MonitoringController } from './monitoring/monitoring.controller';
import { MonitoringEntity } from './monitoring/monitoring.entity';
import { MonitoringRepository } from './monitoring/monitoring.repository';
import { MonitoringService } from './monitoring/monitoring.service';
import { projectRevertedHandler } from './monitoring/project-reverted.handler';
import { M3_SETTINGS, m3Settings, type PostInvestmentEnv } from './post-investment.env';

const ENTITIES = [MonitoringEntity, ProjectInvestorEntity, IssueEntity, KpiReportEntity, ChangeEntity, ArchiveEntity];

/** Module 3 "Пост-инвестиционное сопровождение": monitoring periods, investor issues, KPI plan, change log, completion, archive. */
@Module({})
export class AppModule {
  static register(env: PostInvestmentEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({
          service: 'post-investment',
          env,
          entities: ENTITIES,
          migrations: [
            PostInvestmentInit1763780000300,
            PostInvestmentModule31763780000310,
            PostInvestmentPassportBin1763781031000,
            PostInvestmentDocumentRegister1763781090000,
          ],
        }),
        TypeOrmModule.forFeature(ENTITIES),
        ReferenceDataModule,
      ],
      controllers: [AuditController, MonitoringController, MonitoringConsumer, IssueController, KpiController, ArchiveController, JobsController],
      providers: [
        { provide: M3_SETTINGS, useValue: m3Settings(env) },
        MonitoringRepository,
        MonitoringService,
        InvestorService,
        IssueService,
        KpiService,
        ArchiveService,
        M3JobsService,
        {
          provide: EventProcessor,
          inject: [DataSource, DeadLetterPublisher, MonitoringService, InvestorService],
          useFactory: (ds: DataSource, dlq: DeadLetterPublisher, s: MonitoringService, investors: InvestorService) =>
            new EventProcessor('post-investment', ds, dlq, [
              ...s.eventHandlers(),
              ...investors.eventHandlers(),
              projectRevertedHandler(),
              documentRegisterHandler(),
            ]),
        },
      ],
    };
  }
}
