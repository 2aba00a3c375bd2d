import { ServiceEnv } from '@ndip/platform';

/** Module 1 settings: the shared ones for now (HTTP_PORT and DATABASE_URL are required). */
export class AttractionEnv extends ServiceEnv {}
