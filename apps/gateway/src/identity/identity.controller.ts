import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@ndip/domain';
import { PageQueryDto } from '@ndip/platform';
import { Allow, CurrentActor } from '../auth/auth.decorators';
import { CreateOrganizationDto, CreateUserDto } from './identity.dto';
import { IdentityService, type OrganizationView, type UserView } from './identity.service';

/** Administration of organisations and users by the platform operator (000 §22). */
@ApiTags('identity')
@ApiBearerAuth()
@Controller('api/v1')
export class IdentityController {
  constructor(private readonly identity: IdentityService) {}

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
  @ApiOperation({ summary: 'Create a user in an organisation' })
  createUser(@Body() dto: CreateUserDto, @CurrentActor() actor: Actor): Promise<UserView> {
    return this.identity.createUser(dto, actor);
  }
}
