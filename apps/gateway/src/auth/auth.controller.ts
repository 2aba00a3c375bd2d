import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LoginDto } from '../identity/identity.dto';
import { IdentityService } from '../identity/identity.service';
import { Public } from './auth.decorators';

@ApiTags('auth')
@Controller('api/v1/auth')
export class AuthController {
  constructor(private readonly identity: IdentityService) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Log in by login and password; returns a bearer JWT' })
  @ApiOkResponse({ description: '{ accessToken, tokenType, expiresIn, user }' })
  login(@Body() dto: LoginDto): ReturnType<IdentityService['login']> {
    return this.identity.login(dto);
  }
}
