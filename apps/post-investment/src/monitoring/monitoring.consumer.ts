import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { EVENT_TOPICS } from '@ndip/domain';
import { EventProcessor, incomingFrom } from '@ndip/platform';

/** Module 3 consumes Module 2's events (the hand-over, the created project) and Module 1's conversion (the investor's BIN). */
@Controller()
export class MonitoringConsumer {
  constructor(private readonly processor: EventProcessor) {}

  @EventPattern(EVENT_TOPICS.implementation)
  async onImplementationEvent(@Payload() value: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    await this.processor.process(incomingFrom(value, ctx));
  }

  @EventPattern(EVENT_TOPICS.attraction)
  async onAttractionEvent(@Payload() value: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    await this.processor.process(incomingFrom(value, ctx));
  }
}
