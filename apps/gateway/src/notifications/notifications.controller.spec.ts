import 'reflect-metadata';
import { METHOD_METADATA } from '@nestjs/common/constants';
import { ROLES_KEY } from '../auth/auth.decorators';
import type { GatewayEnv } from '../gateway.env';
import { ProblemException } from '../http/problem';
import type { NotificationInboxService } from './notification-inbox.service';
import type { NotificationStreamHub } from './notification-stream.service';
import type { NotificationScheduler } from './notification.scheduler';
import { NotificationsController } from './notifications.controller';

describe('NotificationsController permissions', () => {
  const proto = NotificationsController.prototype as unknown as Record<string, unknown>;
  const handlers = Object.getOwnPropertyNames(proto).filter(
    (k) => k !== 'constructor' && Reflect.getMetadata(METHOD_METADATA, proto[k] as object) !== undefined,
  );

  it('has an @Allow on every route: any signed-in user for the own inbox, ADMIN for scheduler, e-mail queue and heads', () => {
    expect(handlers.length).toBe(10);
    const roles = Object.fromEntries(handlers.map((h) => [h, Reflect.getMetadata(ROLES_KEY, proto[h] as object) as string[] | undefined]));
    for (const h of handlers) expect(roles[h]).toBeDefined();
    for (const h of ['runScheduler', 'emails', 'setHead']) expect(roles[h]).toEqual(['ADMIN']);
    for (const h of ['list', 'unreadCount', 'stream', 'readAll', 'preferences', 'updatePreferences', 'read']) expect(roles[h]).toEqual(['*']);
  });
});

describe('NotificationsController.runScheduler', () => {
  const make = (anyDate: boolean) => {
    const runFor = jest.fn((date: string) => Promise.resolve({ date }));
    const ctl = new NotificationsController(
      {} as NotificationInboxService,
      {} as NotificationStreamHub,
      { runFor } as unknown as NotificationScheduler,
      { today: () => '2026-11-22', now: () => new Date() },
      { NDIP_NOTIFY_SCHEDULER_ANY_DATE: anyDate } as GatewayEnv,
    );
    return { ctl, runFor };
  };

  it('runs for today by default and for a past date', async () => {
    const { ctl, runFor } = make(false);
    await ctl.runScheduler({});
    await ctl.runScheduler({ date: '2026-11-22' });
    await ctl.runScheduler({ date: '2026-11-01' });
    expect(runFor.mock.calls).toEqual([['2026-11-22'], ['2026-11-22'], ['2026-11-01']]);
  });

  it('refuses a date after today (400 naming the field) unless the system allows any date', async () => {
    const { ctl, runFor } = make(false);
    expect(() => ctl.runScheduler({ date: '2026-11-23' })).toThrow(ProblemException);
    try {
      await ctl.runScheduler({ date: '2026-11-23' });
    } catch (e) {
      expect((e as ProblemException).extra.field).toBe('date');
      expect((e as ProblemException).getStatus()).toBe(400);
    }
    expect(runFor).not.toHaveBeenCalled();
    const open = make(true);
    await open.ctl.runScheduler({ date: '2026-11-23' });
    expect(open.runFor).toHaveBeenCalledWith('2026-11-23');
  });
});
