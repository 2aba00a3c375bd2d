import { SetMetadata } from '@nestjs/common';

export const PUBLIC_KEY = 'ndip:public';

/** The endpoint needs no token (login, health, API docs). Read by the gateway's global guards. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);
