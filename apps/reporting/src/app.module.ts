import { Module, type DynamicModule } from '@nestjs/common';
import { AuditController } from './audit/audit.controller';
import { DeadLetterPublisher, PlatformModule } from '@ndip/platform';
import { DataSource } from 'typeorm';
import { AttractivenessController } from './attractiveness/attractiveness.controller';
import { AttractivenessService } from './attractiveness/attractiveness.service';
import { DashboardController } from './dashboard/dashboard.controller';
import { DashboardProjection } from './dashboard/dashboard.projection';
import { DashboardService } from './dashboard/dashboard.service';
import { ReportingInit1763780000400 } from './migrations/1763780000400-reporting-init';
import { ReportingPoolExclusion1763780000410 } from './migrations/1763780000410-reporting-pool-exclusion';
import { ReportingDashboardSummary1763781030000 } from './migrations/1763781030000-reporting-dashboard-summary';
import { ReportingReadModels1763810000400 } from './migrations/1763810000400-reporting-read-models';
import { module1ChangeHandlers } from './projection/module1-changes.handlers';
import { poolExclusionHandler } from './projection/pool-exclusion.handler';
import { ProjectionAdminService } from './projection/projection-admin.service';
import { ProjectionProcessor, type ProjectionHandler } from './projection/projection-processor';
import { ProjectionController } from './projection/projection.controller';
import { ProjectionRunner } from './projection/projection.runner';
import { ProjectionService } from './projection/projection.service';
import { OverdueRatingService } from './rating/overdue-rating.service';
import { RatingClockJob } from './rating/rating-clock.job';
import { RatingController } from './rating/rating.controller';
import type { ReportingEnv } from './reporting.env';
import { QuarterlyReportController } from './reports/quarterly-report.controller';
import { QuarterlyReportService } from './reports/quarterly-report.service';

/** The inbox consumer name of the projections. */
export const PROJECTION_CONSUMER = 'reporting';

/** Reporting: read models built only from events, the region ratings, the dashboard and the quarterly reports. */
@Module({})
export class AppModule {
  static register(env: ReportingEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({
          service: 'reporting',
          env,
          entities: [],
          migrations: [
            ReportingInit1763780000400,
            ReportingPoolExclusion1763780000410,
            ReportingDashboardSummary1763781030000,
            ReportingReadModels1763810000400,
          ],
        }),
      ],
      controllers: [AuditController, ProjectionController, DashboardController, RatingController, AttractivenessController, QuarterlyReportController],
      providers: [
        ProjectionService,
        DashboardProjection,
        DashboardService,
        OverdueRatingService,
        AttractivenessService,
        QuarterlyReportService,
        ProjectionRunner,
        ProjectionAdminService,
        RatingClockJob,
        {
          provide: ProjectionProcessor,
          inject: [DataSource, DeadLetterPublisher, ProjectionService, DashboardProjection, OverdueRatingService],
          useFactory: (ds: DataSource, dlq: DeadLetterPublisher, s: ProjectionService, d: DashboardProjection, r: OverdueRatingService) =>
            new ProjectionProcessor(
              PROJECTION_CONSUMER,
              ds,
              dlq,
              [...([...s.eventHandlers(), poolExclusionHandler()] as unknown as ProjectionHandler[]), ...d.handlers(), ...module1ChangeHandlers()],
              [r.taskHandler()],
              (m, ctx) => r.applyRegionDeltas(m, ctx.regionDeltas),
            ),
        },
      ],
    };
  }
}
