import { Controller, Get, Header, NotFoundException } from '@nestjs/common';
import { Public } from '../http/public';
import { registry } from './metrics';

/** Prometheus scrape endpoint of every service (the gateway's ingress does not route it; see docs/operations.md). */
@Public()
@Controller('metrics')
export class MetricsController {
  /** NDIP_METRICS_ENABLED (set by setupObservability). */
  static enabled = true;

  @Get()
  @Header('Content-Type', registry.contentType)
  @Header('Cache-Control', 'no-store')
  async scrape(): Promise<string> {
    if (!MetricsController.enabled) throw new NotFoundException();
    return registry.metrics();
  }
}
