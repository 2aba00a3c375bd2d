import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
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

  /**
   * 200 when the database and the broker answer; otherwise 503 with the same body naming what is down (answered
   * directly, not thrown: the gateway's problem filter would otherwise replace the checks with a generic problem).
   */
  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response): Promise<Record<string, unknown>> {
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
    if (body.status !== 'ready') res.status(503);
    return body;
  }
}
