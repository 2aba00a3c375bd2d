import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { EVENT_TOPICS } from '@ndip/domain';
import { EventProcessor, incomingFrom } from '@ndip/platform';

/** Module 2 consumes Module 1's events (the converted initiative). */
@Controller()
export class ProjectConsumer {
  constructor(private readonly processor: EventProcessor) {}

  @EventPattern(EVENT_TOPICS.attraction)
  async onAttractionEvent(@Payload() value: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    await this.processor.process(incomingFrom(value, ctx));
  }
}
