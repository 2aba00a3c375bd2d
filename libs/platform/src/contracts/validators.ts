import { isValidBin } from '@ndip/domain';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/** A KATO code (классификатор административно-территориальных объектов): 9 digits. */
export const KATO = /^\d{9}$/;

/** A Kazakhstan BIN/IIN: 12 digits with a valid check digit. */
export function IsBin(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isBin',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be a 12-digit BIN with a valid check digit', ...options },
      validator: { validate: (v: unknown) => isValidBin(v) },
    });
  };
}

/** A calendar date YYYY-MM-DD that exists. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be a date YYYY-MM-DD', ...options },
      validator: {
        validate: (v: unknown) => {
          if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
          const d = new Date(`${v}T00:00:00Z`);
          return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
        },
      },
    });
  };
}
