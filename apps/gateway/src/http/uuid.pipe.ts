import { ParseUUIDPipe } from '@nestjs/common';
import { ProblemException } from './problem';

/** Path ids are UUIDs; anything else is a 400 naming the parameter. */
export function uuidParam(name = 'id'): ParseUUIDPipe {
  return new ParseUUIDPipe({ exceptionFactory: () => new ProblemException('INVALID_INPUT', `${name} must be a UUID`, { field: name }) });
}
