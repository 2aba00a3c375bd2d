import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@ndip/domain';
import { PageQueryDto, type Page } from '@ndip/platform';
import { Allow, CurrentActor, CurrentSession } from '../auth/auth.decorators';
import { Meta, type RequestMeta } from '../http/request-meta';
import { uuidParam } from '../http/uuid.pipe';
import { ChangePasswordDto } from './identity.dto';
import { SessionService, type SessionView } from './session.service';

/** The caller's own sessions and password; the administrator's view of a user's sessions and password reset. */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('api/v1')
export class SessionController {
  constructor(private readonly sessions: SessionService) {}

  @Get('auth/sessions')
  @Allow('*')
  @ApiOperation({ summary: 'My open sessions (one per login: method, address, start, last refresh); `current` marks this one' })
  mine(@Query() q: PageQueryDto, @CurrentActor() actor: Actor, @CurrentSession() sid: string | null): Promise<Page<SessionView>> {
    return this.sessions.list(actor.userId, sid, q.page ?? 1, q.pageSize ?? 50);
  }

  @Post('auth/sessions/end-others')
  @Allow('*')
  @HttpCode(200)
  @ApiOperation({ summary: 'End all my sessions except this one' })
  endOthers(@CurrentActor() actor: Actor, @CurrentSession() sid: string | null, @Meta() meta: RequestMeta): Promise<{ ended: number }> {
    return this.sessions.endOthers(actor, sid, meta.correlationId);
  }

  @Post('auth/sessions/:id/end')
  @Allow('*')
  @HttpCode(204)
  @ApiOperation({ summary: 'End one of my sessions (its refresh and access tokens stop working)' })
  endOne(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<void> {
    return this.sessions.endOwn(actor, id, meta.correlationId);
  }

  @Post('auth/password')
  @Allow('*')
  @HttpCode(200)
  @ApiOperation({ summary: 'Change my password: the current password is required, the policy applies, my other sessions end' })
  changePassword(
    @Body() dto: ChangePasswordDto,
    @CurrentActor() actor: Actor,
    @CurrentSession() sid: string | null,
    @Meta() meta: RequestMeta,
  ): Promise<{ endedSessions: number }> {
    return this.sessions.changePassword(actor, sid, dto.currentPassword, dto.newPassword, meta.correlationId);
  }

  @Get('users/:id/sessions')
  @Allow('ADMIN')
  @ApiOperation({ summary: "A user's open sessions (administrator)" })
  ofUser(@Param('id', uuidParam('id')) id: string, @Query() q: PageQueryDto): Promise<Page<SessionView>> {
    return this.sessions.listOf(id, q.page ?? 1, q.pageSize ?? 50);
  }

  @Post('users/:id/sessions/end')
  @Allow('ADMIN')
  @HttpCode(200)
  @ApiOperation({ summary: 'End every session of a user (administrator)' })
  endAllOf(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor, @Meta() meta: RequestMeta): Promise<{ ended: number }> {
    return this.sessions.endAllOf(actor, id, meta.correlationId);
  }

  @Post('users/:id/reset-password')
  @Allow('ADMIN')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Reset a user's password (administrator): the old password stops working, all sessions end; the answer carries a one-time token (24 h) the user redeems with POST /auth/accept-invitation",
  })
  resetPassword(
    @Param('id', uuidParam('id')) id: string,
    @CurrentActor() actor: Actor,
    @Meta() meta: RequestMeta,
  ): Promise<{ token: string; expiresAt: string }> {
    return this.sessions.resetPassword(actor, id, meta.correlationId);
  }
}
