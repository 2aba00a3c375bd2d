import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext, Payload } from '@nestjs/microservices';
import { EVENT_TOPICS } from '@ndip/domain';
import { EventProcessor, incomingFrom } from '@ndip/platform';

/** Reporting consumes every service's events. */
@Controller()
export class ProjectionConsumer {
  constructor(private readonly processor: EventProcessor) {}

  @EventPattern(EVENT_TOPICS.attraction)
  async onAttraction(@Payload() value: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    await this.processor.process(incomingFrom(value, ctx));
  }

  @EventPattern(EVENT_TOPICS.implementation)
  async onImplementation(@Payload() value: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    await this.processor.process(incomingFrom(value, ctx));
  }

  @EventPattern(EVENT_TOPICS['post-investment'])
  async onPostInvestment(@Payload() value: unknown, @Ctx() ctx: KafkaContext): Promise<void> {
    await this.processor.process(incomingFrom(value, ctx));
  }
}
