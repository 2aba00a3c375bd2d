import { Body, Controller, Get, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@ndip/domain';
import type { Request } from 'express';
import { AuthService, type LoginResult } from '../identity/auth.service';
import { ExternalLoginService } from '../identity/external-login.service';
import { AcceptInvitationDto, EdsLoginDto, EgovCallbackQueryDto, LoginDto, RefreshDto } from '../identity/identity.dto';
import type { UserView } from '../identity/identity.types';
import { Meta, type RequestMeta } from '../http/request-meta';
import { Allow, CurrentActor, Public } from './auth.decorators';

@ApiTags('auth')
@Controller('api/v1/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly external: ExternalLoginService,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in by login and password; returns an access token (JWT) and a refresh token' })
  @ApiOkResponse({ description: '{ accessToken, tokenType, expiresIn, refreshToken, refreshExpiresIn, user }' })
  login(@Body() dto: LoginDto, @Req() req: Request, @Meta() meta: RequestMeta): Promise<LoginResult> {
    return this.auth.login(dto, { ip: req.ip ?? '-', correlationId: meta.correlationId });
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a refresh token for new tokens (rotation: the presented token is retired)' })
  refresh(@Body() dto: RefreshDto): Promise<LoginResult> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('logout')
  @Allow('*')
  @HttpCode(204)
  @ApiOperation({ summary: 'End the session of a refresh token' })
  logout(@Body() dto: RefreshDto, @CurrentActor() actor: Actor): Promise<void> {
    return this.auth.logout(dto.refreshToken, actor.userId);
  }

  @Post('accept-invitation')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Set the password of an invited user with the one-time invitation token' })
  acceptInvitation(@Body() dto: AcceptInvitationDto): Promise<UserView> {
    return this.auth.acceptInvitation(dto);
  }

  @Post('eds/nonce')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Login by digital signature, step 1: a one-time nonce (5 minutes) for NCALayer to sign' })
  edsNonce(): Promise<{ nonce: string; expiresAt: string }> {
    return this.external.edsNonce();
  }

  @Post('eds/login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Login by digital signature, step 2: the CMS signature of the nonce; the certificate IIN identifies the user' })
  edsLogin(@Body() dto: EdsLoginDto, @Req() req: Request, @Meta() meta: RequestMeta): Promise<LoginResult> {
    return this.external.edsLogin(dto.cms, dto.nonce, { ip: req.ip ?? '-', correlationId: meta.correlationId });
  }

  @Get('egov/start')
  @Public()
  @ApiOperation({ summary: 'Login through eGov IDP, step 1: the authorization URL to send the browser to (PKCE, state, nonce)' })
  egovStart(): Promise<{ url: string }> {
    return this.external.egovStart();
  }

  @Get('egov/callback')
  @Public()
  @ApiOperation({ summary: 'Login through eGov IDP, step 2: the redirect URI; exchanges the code and opens the session of the IIN' })
  egovCallback(@Query() q: EgovCallbackQueryDto, @Req() req: Request, @Meta() meta: RequestMeta): Promise<LoginResult> {
    return this.external.egovCallback(q.code, q.state, { ip: req.ip ?? '-', correlationId: meta.correlationId });
  }
}
