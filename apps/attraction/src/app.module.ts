import { Module, type DynamicModule } from '@nestjs/common';
import { AuditController } from './audit/audit.controller';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlatformModule, ReferenceDataModule } from '@ndip/platform';
import type { AttractionEnv } from './attraction.env';
import { ChatController } from './chat/chat.controller';
import { ChatMessageEntity, ChatReadMarkerEntity } from './chat/chat.entity';
import { ChatRepository } from './chat/chat.repository';
import { ChatService } from './chat/chat.service';
import { ChangeRecorder } from './common/change-recorder';
import { CompanyController } from './company/company.controller';
import { CompanyEntity, ContactEntity } from './company/company.entity';
import { CompanyRepository } from './company/company.repository';
import { CompanyService } from './company/company.service';
import { KycCheckEntity } from './company/kyc-check.entity';
import { InitiativeOverdueJob } from './initiative/initiative-overdue.job';
import { InitiativeController } from './initiative/initiative.controller';
import { InitiativeEntity } from './initiative/initiative.entity';
import { InitiativeRepository } from './initiative/initiative.repository';
import { InitiativeService } from './initiative/initiative.service';
import { MeetingController } from './meeting/meeting.controller';
import { MeetingEntity, TripCardEntity } from './meeting/meeting.entity';
import { MeetingRepository } from './meeting/meeting.repository';
import { MeetingService } from './meeting/meeting.service';
import { AttractionInit1763780000100 } from './migrations/1763780000100-attraction-init';
import { AttractionModule11763780000110 } from './migrations/1763780000110-attraction-module1';
import { AttractionImport1763900200100 } from './migrations/1763900200100-attraction-import';
import { CompanyImportController } from './import/company-import.controller';
import { CompanyImportService } from './import/company-import.service';
import { CountryProgrammeEntity, CountryProgrammeVersionEntity } from './programme/country-programme.entity';
import { ProgrammeController } from './programme/programme.controller';
import { ProgrammeService } from './programme/programme.service';
import { VisitController } from './visit/visit.controller';
import { VisitEntity } from './visit/visit.entity';
import { VisitRepository } from './visit/visit.repository';
import { VisitService } from './visit/visit.service';

const ENTITIES = [
  CompanyEntity,
  ContactEntity,
  KycCheckEntity,
  MeetingEntity,
  TripCardEntity,
  VisitEntity,
  InitiativeEntity,
  ChatMessageEntity,
  ChatReadMarkerEntity,
  CountryProgrammeEntity,
  CountryProgrammeVersionEntity,
];

/**
 * Module 1 "Привлечение": company and contact cards, KYC, meeting and trip cards, investor visits,
 * initiatives with their clocks and the overdue scan, the chat per initiative, country programmes.
 */
@Module({})
export class AppModule {
  static register(env: AttractionEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({
          service: 'attraction',
          env,
          entities: ENTITIES,
          migrations: [AttractionInit1763780000100, AttractionModule11763780000110, AttractionImport1763900200100],
        }),
        TypeOrmModule.forFeature(ENTITIES),
        ReferenceDataModule,
      ],
      controllers: [
        AuditController,
        CompanyController,
        MeetingController,
        VisitController,
        InitiativeController,
        ChatController,
        ProgrammeController,
        CompanyImportController,
      ],
      providers: [
        ChangeRecorder,
        CompanyRepository,
        CompanyService,
        MeetingRepository,
        MeetingService,
        VisitRepository,
        VisitService,
        InitiativeRepository,
        InitiativeService,
        InitiativeOverdueJob,
        ChatRepository,
        ChatService,
        ProgrammeService,
        CompanyImportService,
      ],
    };
  }
}
