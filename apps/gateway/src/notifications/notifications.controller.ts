import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@ndip/domain';
import { CLOCK, SERVICE_CONFIG, type Clock } from '@ndip/platform';
import type { Request, Response } from 'express';
import { Allow, CurrentActor } from '../auth/auth.decorators';
import type { GatewayEnv } from '../gateway.env';
import { ProblemException } from '../http/problem';
import { Meta, type RequestMeta } from '../http/request-meta';
import { uuidParam } from '../http/uuid.pipe';
import { NotificationInboxService } from './notification-inbox.service';
import { NotificationStreamHub } from './notification-stream.service';
import { NotificationScheduler } from './notification.scheduler';
import { ListEmailsQueryDto, ListNotificationsQueryDto, RunSchedulerDto, SetHeadDto, UpdatePreferencesDto } from './notifications.dto';

/** The caller's in-app inbox, its live stream and notification preferences; scheduler and e-mail queue for administrators. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/v1/notifications')
export class NotificationsController {
  constructor(
    private readonly inbox: NotificationInboxService,
    private readonly hub: NotificationStreamHub,
    private readonly scheduler: NotificationScheduler,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(SERVICE_CONFIG) private readonly env: GatewayEnv,
  ) {}

  @Get()
  @Allow('*')
  @ApiOperation({ summary: 'My notifications, newest first (page, pageSize ≤ 200, unreadOnly)' })
  list(@Query() q: ListNotificationsQueryDto, @CurrentActor() actor: Actor): Promise<unknown> {
    return this.inbox.list(actor.userId, q);
  }

  @Get('unread-count')
  @Allow('*')
  @ApiOperation({ summary: 'Number of my unread notifications' })
  async unreadCount(@CurrentActor() actor: Actor): Promise<{ unread: number }> {
    return { unread: await this.inbox.unread(actor.userId) };
  }

  @Get('stream')
  @Allow('*')
  @ApiProduces('text/event-stream')
  @ApiOperation({ summary: 'My new notifications as server-sent events ("ready" with the unread count, then "notification" and "unread")' })
  async stream(@CurrentActor() actor: Actor, @Req() req: Request, @Res() res: Response): Promise<void> {
    this.hub.open(actor.userId, req, res, await this.inbox.unread(actor.userId));
  }

  @Post('read-all')
  @HttpCode(200)
  @Allow('*')
  @ApiOperation({ summary: 'Mark all my notifications read' })
  readAll(@CurrentActor() actor: Actor): Promise<{ updated: number }> {
    return this.inbox.markAllRead(actor.userId);
  }

  @Get('preferences')
  @Allow('*')
  @ApiOperation({ summary: 'My channel per notification type (IN_APP, EMAIL = inbox + e-mail, OFF) and my e-mail address' })
  preferences(@CurrentActor() actor: Actor): Promise<unknown> {
    return this.inbox.preferences(actor.userId);
  }

  @Put('preferences')
  @Allow('*')
  @ApiOperation({ summary: 'Change my preferences; legal-deadline types cannot be OFF (400 naming the field)' })
  updatePreferences(@Body() dto: UpdatePreferencesDto, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<unknown> {
    return this.inbox.updatePreferences(actor, dto, meta);
  }

  @Post('scheduler/run')
  @HttpCode(200)
  @Allow('ADMIN')
  @ApiOperation({
    summary:
      'Run the reminder scheduler and the digest once for a date (default today; a later date only with NDIP_NOTIFY_SCHEDULER_ANY_DATE); repeated runs send nothing twice',
  })
  runScheduler(@Body() dto: RunSchedulerDto): Promise<unknown> {
    const today = this.clock.today();
    // A run for a later date would send reminders and overdue notices before their time, once and for good.
    if (dto.date !== undefined && dto.date > today && !this.env.NDIP_NOTIFY_SCHEDULER_ANY_DATE) {
      throw new ProblemException('INVALID_INPUT', `date must not be after today (${today}) on this system`, { field: 'date' });
    }
    return this.scheduler.runFor(dto.date ?? today);
  }

  @Get('emails')
  @Allow('ADMIN')
  @ApiOperation({ summary: 'The e-mail queue with every delivery attempt' })
  emails(@Query() q: ListEmailsQueryDto): Promise<unknown> {
    return this.inbox.emails(q);
  }

  @Put('heads/:userId')
  @Allow('ADMIN')
  @ApiOperation({ summary: 'Mark a user as the head of their organisation (receives overdue notices and escalations)' })
  setHead(
    @Param('userId', uuidParam('userId')) userId: string,
    @Body() dto: SetHeadDto,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<unknown> {
    return this.inbox.setHead(actor, userId, dto.head, meta);
  }

  @Post(':id/read')
  @HttpCode(200)
  @Allow('*')
  @ApiOperation({ summary: 'Mark one of my notifications read' })
  read(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor): Promise<unknown> {
    return this.inbox.markRead(actor.userId, id);
  }
}
