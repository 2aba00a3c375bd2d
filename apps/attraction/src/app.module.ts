import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlatformModule } from '@ndip/platform';
import type { AttractionEnv } from './attraction.env';
import { CompanyController } from './company/company.controller';
import { CompanyEntity } from './company/company.entity';
import { CompanyRepository } from './company/company.repository';
import { CompanyService } from './company/company.service';
import { InitiativeController } from './initiative/initiative.controller';
import { InitiativeEntity } from './initiative/initiative.entity';
import { InitiativeRepository } from './initiative/initiative.repository';
import { InitiativeService } from './initiative/initiative.service';
import { AttractionInit1763780000100 } from './migrations/1763780000100-attraction-init';

const ENTITIES = [CompanyEntity, InitiativeEntity];

/** Module 1 "Привлечение": company cards and initiatives (meetings, visits, KYC and chat follow). */
@Module({})
export class AppModule {
  static register(env: AttractionEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({ service: 'attraction', env, entities: ENTITIES, migrations: [AttractionInit1763780000100] }),
        TypeOrmModule.forFeature(ENTITIES),
      ],
      controllers: [CompanyController, InitiativeController],
      providers: [CompanyRepository, CompanyService, InitiativeRepository, InitiativeService],
    };
  }
}
