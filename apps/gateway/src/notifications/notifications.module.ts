import { Module } from '@nestjs/common';
import { ReminderSender } from './deadlines';
import { EmailSender } from './email.sender';
import { NotificationEventHandlers } from './notification-events';
import { NotificationInboxService } from './notification-inbox.service';
import { NotificationStreamHub } from './notification-stream.service';
import { NotificationConsumer } from './notification.consumer';
import { NotificationScheduler } from './notification.scheduler';
import { NotificationWriter } from './notification.service';
import { NotificationsController } from './notifications.controller';

/**
 * Notifications and reminders (issue #12), hosted by the gateway: the consumer of the services' events, the
 * in-app inbox with its live stream, the e-mail queue, the deadline scheduler and the daily digest. Uses the
 * gateway's database (users, organisations) and the platform providers (SERVICE_CONFIG, CLOCK, KAFKA, dead letters).
 */
@Module({
  controllers: [NotificationsController],
  providers: [
    NotificationWriter,
    ReminderSender,
    NotificationEventHandlers,
    NotificationConsumer,
    NotificationInboxService,
    NotificationStreamHub,
    NotificationScheduler,
    EmailSender,
  ],
})
export class NotificationsModule {}
