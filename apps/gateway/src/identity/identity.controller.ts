import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@ndip/domain';
import { PageQueryDto } from '@ndip/platform';
import { Allow, CurrentActor } from '../auth/auth.decorators';
import { uuidParam } from '../http/uuid.pipe';
import { AuthService } from './auth.service';
import { CreateOrganizationDto, CreateUserDto, ListUsersQueryDto } from './identity.dto';
import { IdentityService, type OrganizationView, type UserView } from './identity.service';

/** Administration of organisations and users by the platform operator (000 §22). */
@ApiTags('identity')
@ApiBearerAuth()
@Controller('api/v1')
export class IdentityController {
  constructor(
    private readonly identity: IdentityService,
    private readonly auth: AuthService,
  ) {}

  @Post('organizations')
  @Allow('ADMIN')
  @ApiOperation({ summary: 'Register an organisation (type, names in kk/ru/en, region or country)' })
  createOrganization(@Body() dto: CreateOrganizationDto, @CurrentActor() actor: Actor): Promise<OrganizationView> {
    return this.identity.createOrganization(dto, actor);
  }

  @Get('organizations')
  @Allow('ADMIN', 'NC', 'AB')
  @ApiOperation({ summary: 'List organisations' })
  listOrganizations(@Query() q: PageQueryDto): ReturnType<IdentityService['listOrganizations']> {
    return this.identity.listOrganizations(q.page ?? 1, q.pageSize ?? 50);
  }

  @Post('users')
  @Allow('ADMIN')
  @ApiOperation({ summary: 'Create a user in an organisation (with a password, or invited: the answer carries a one-time invitation token)' })
  createUser(@Body() dto: CreateUserDto, @CurrentActor() actor: Actor): ReturnType<IdentityService['createUser']> {
    return this.identity.createUser(dto, actor);
  }

  @Get('users')
  @Allow('ADMIN', 'NC')
  @ApiOperation({ summary: 'List users' })
  listUsers(@Query() q: ListUsersQueryDto): ReturnType<IdentityService['listUsers']> {
    return this.identity.listUsers(q.page ?? 1, q.pageSize ?? 50, q.organizationId);
  }

  @Post('users/:id/deactivate')
  @Allow('ADMIN')
  @HttpCode(200)
  @ApiOperation({ summary: 'Deactivate a user: sessions end at once' })
  async deactivate(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor): Promise<UserView> {
    const u = await this.identity.setActive(id, false, actor);
    this.auth.forget(id);
    return u;
  }

  @Post('users/:id/activate')
  @Allow('ADMIN')
  @HttpCode(200)
  @ApiOperation({ summary: 'Activate a user again' })
  async activate(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor): Promise<UserView> {
    const u = await this.identity.setActive(id, true, actor);
    this.auth.forget(id);
    return u;
  }
}
