import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { flattenValidationErrors } from '@ndip/platform';
import { ProblemException } from './problem';

/** Validates bodies, queries and params; the first offending field is named in `field`, all in `errors`. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    exceptionFactory: (errors: ValidationError[]) => {
      const problems = flattenValidationErrors(errors).map((p) => ({ field: p.field, message: p.message }));
      const first = problems[0];
      return new ProblemException('INVALID_INPUT', problems.map((p) => p.message).join('; ') || 'invalid request', {
        field: first?.field,
        errors: problems,
      });
    },
  });
}
