import { Global, Module } from '@nestjs/common';
import { ReferenceDataCache } from './reference-cache';
import { ReferenceDataConsumer } from './reference-consumer';

/**
 * The reference data of a service (import it once in the service's AppModule): ReferenceDataCache for the
 * decisions, fed by ReferenceDataConsumer from REFERENCE_TOPIC. Needs PlatformModule.forService.
 */
@Global()
@Module({
  providers: [ReferenceDataCache, ReferenceDataConsumer],
  exports: [ReferenceDataCache, ReferenceDataConsumer],
})
export class ReferenceDataModule {}
