import { Controller, Get, HttpCode, Inject, ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { KafkaProbe } from '../kafka/kafka-probe';
import { Public } from '../http/public';
import { OutboxRelay } from '../outbox/outbox-relay';

/** Liveness and readiness of a service (Kubernetes probes, the gateway's 503 decision). */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly kafka: KafkaProbe,
    @Inject(OutboxRelay) private readonly relay: OutboxRelay | null,
  ) {}

  @Get('live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(): Promise<Record<string, unknown>> {
    const checks: Record<string, 'up' | 'down'> = { database: 'down', kafka: 'down' };
    try {
      await this.dataSource.query('SELECT 1');
      checks.database = 'up';
    } catch {
      /* reported below */
    }
    checks.kafka = (await this.kafka.isUp()) ? 'up' : 'down';
    const backlog = checks.database === 'up' && this.relay ? await this.relay.backlog().catch(() => null) : null;
    const body = { status: Object.values(checks).every((c) => c === 'up') ? 'ready' : 'not-ready', checks, outboxBacklog: backlog };
    if (body.status !== 'ready') throw new ServiceUnavailableException(body);
    return body;
  }
}
