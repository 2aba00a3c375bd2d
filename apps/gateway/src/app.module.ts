import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ClientsModule, Transport } from '@nestjs/microservices';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PlatformModule, ReferenceDataModule, kafkaConfig } from '@ndip/platform';
import { AuthController } from './auth/auth.controller';
import { JwtAuthGuard, RolesGuard } from './auth/auth.guards';
import { JwtStrategy } from './auth/jwt.strategy';
import { BUS, BusClient } from './bus/bus.client';
import { ChatStreamHub } from './chat/chat-stream.service';
import type { GatewayEnv } from './gateway.env';
import { ProblemFilter } from './http/problem.filter';
import { correlationMiddleware } from './http/request-meta';
import { IdempotencyInterceptor } from './http/idempotency.interceptor';
import { GatewayIdempotency1763781080000 } from './migrations/1763781080000-gateway-idempotency';
import { IdentityController } from './identity/identity.controller';
import { AuditController, AuditQueryService } from './identity/audit.controller';
import { SessionController } from './identity/session.controller';
import { SessionService } from './identity/session.service';
import { AuthService } from './identity/auth.service';
import { ExternalLoginService } from './identity/external-login.service';
import { GatewayEdsNonce1763800000600 } from './migrations/1763800000600-gateway-eds-nonce';
import { IdentityService } from './identity/identity.service';
import { RefreshTokenEntity } from './identity/refresh-token.entity';
import { TokenService } from './identity/token.service';
import { RateLimitGuard } from './http/rate-limit';
import { GatewaySessions1763800000500 } from './migrations/1763800000500-gateway-sessions';
import { OrganizationEntity } from './identity/organization.entity';
import { UserEntity } from './identity/user.entity';
import { GatewayInit1763780000500 } from './migrations/1763780000500-gateway-init';
import { GatewayNotifications1763781060000 } from './migrations/1763781060000-gateway-notifications';
import { NotificationsModule } from './notifications/notifications.module';
import { GatewayRateLimit1763781040000 } from './migrations/1763781040000-gateway-rate-limit';
import { GatewaySessionInfo1763781040001 } from './migrations/1763781040001-gateway-session-info';
import { AttractionController } from './resources/attraction.controller';
import { ImplementationController, RoadmapTemplateController } from './resources/implementation.controller';
import { ImplementationTasksController } from './resources/implementation-tasks.controller';
import { ImplementationPoolController, ProsecutorCaseController, RestrictiveMeasureController } from './resources/implementation-pool.controller';
import { ImplementationStateServicesController } from './resources/implementation-state-services.controller';
import { ImplementationAttachmentsController, ImplementationDiscussionController } from './resources/implementation-discussion.controller';
import { PostInvestmentController } from './resources/post-investment.controller';
import { ReportingController } from './resources/reporting.controller';
import { ImportController } from './resources/import.controller';
import { ImportJobService } from './import/import-job.service';
import { GatewayImport1763900200200 } from './migrations/1763900200200-gateway-import';
import { ReferenceController } from './resources/reference.controller';

const ENTITIES = [OrganizationEntity, UserEntity, RefreshTokenEntity];

/** The HTTP API for state agencies: auth, scoping, problem+json, request-reply to the services. */
@Module({})
export class AppModule implements NestModule {
  static register(env: GatewayEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forService({
          service: 'gateway',
          env,
          entities: ENTITIES,
          migrations: [
            GatewayInit1763780000500,
            GatewayRateLimit1763781040000,
            GatewaySessionInfo1763781040001,
            GatewaySessions1763800000500,
            GatewayEdsNonce1763800000600,
            GatewayIdempotency1763781080000,
            GatewayNotifications1763781060000,
            GatewayImport1763900200200,
          ],
        }),
        TypeOrmModule.forFeature(ENTITIES),
        ReferenceDataModule,
        NotificationsModule,
        PassportModule,
        JwtModule.register({ secret: env.NDIP_JWT_SECRET, signOptions: { algorithm: 'HS256', expiresIn: env.NDIP_JWT_TTL_SECONDS, issuer: 'ndip-gateway' } }),
        ClientsModule.register([
          {
            name: BUS,
            transport: Transport.KAFKA,
            options: {
              client: kafkaConfig(env.NDIP_KAFKA_BROKERS, `${env.NDIP_GROUP_PREFIX}-gateway-bus`),
              consumer: {
                groupId: `${env.NDIP_GROUP_PREFIX}-gateway-replies`,
                sessionTimeout: env.NDIP_KAFKA_SESSION_TIMEOUT_MS,
                heartbeatInterval: Math.max(500, Math.floor(env.NDIP_KAFKA_SESSION_TIMEOUT_MS / 6)),
                maxWaitTimeInMs: 100,
                allowAutoTopicCreation: false,
              },
              producer: { allowAutoTopicCreation: false },
            },
          },
        ]),
      ],
      controllers: [
        AuthController,
        IdentityController,
        SessionController,
        AuditController,
        AttractionController,
        ImplementationController,
        ImplementationTasksController,
        ImplementationPoolController,
        RestrictiveMeasureController,
        ProsecutorCaseController,
        ImplementationStateServicesController,
        ImplementationDiscussionController,
        ImplementationAttachmentsController,
        RoadmapTemplateController,
        PostInvestmentController,
        ReportingController,
        ImportController,
        ReferenceController,
      ],
      providers: [
        IdentityService,
        SessionService,
        AuditQueryService,
        AuthService,
        ExternalLoginService,
        TokenService,
        JwtStrategy,
        BusClient,
        ChatStreamHub,
        ImportJobService,
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: RolesGuard },
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(correlationMiddleware).forRoutes('*');
  }
}
