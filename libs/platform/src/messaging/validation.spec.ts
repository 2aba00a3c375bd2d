import 'reflect-metadata';
import { IsInt, IsString, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { validateContract } from './validation';

class Line {
  @IsString() name!: string;
  @IsInt() @Min(1) qty!: number;
}

class Order {
  @IsString() id!: string;
  @ValidateNested({ each: true }) @Type(() => Line) lines!: Line[];
}

class ExtendedOrder extends Order {
  @IsInt() priority!: number;
}

describe('validateContract (rule lookup memoised per class)', () => {
  it('gives the same problems on every call, nested and inherited rules included', () => {
    const bad = { id: 7, lines: [{ name: 'a', qty: 0 }], extra: true };
    const first = validateContract(Order, bad).problems;
    for (let i = 0; i < 3; i++) expect(validateContract(Order, bad).problems).toEqual(first);
    expect(first.map((p) => `${p.field}:${p.constraint}`).sort()).toEqual(['extra:whitelistValidation', 'id:isString', 'lines.0.qty:min']);
    expect(validateContract(ExtendedOrder, { id: 'o', lines: [] }).problems.map((p) => p.field)).toEqual(['priority']);
    expect(validateContract(Order, { id: 'o', lines: [{ name: 'a', qty: 2 }] }).problems).toEqual([]);
  });

  it('sees the rules of a class defined after earlier validations', () => {
    expect(validateContract(Order, { id: 'o', lines: [] }).problems).toEqual([]);
    class Later {
      @IsInt() n!: number;
    }
    expect(validateContract(Later, { n: 'x' }).problems.map((p) => p.constraint)).toEqual(['isInt']);
    // A subclass defined later adds its rules to the ones it inherits; the parent's lookup is unchanged.
    class LaterOrder extends Order {
      @IsString() note!: string;
    }
    expect(validateContract(LaterOrder, { id: 'o', lines: [] }).problems.map((p) => p.field)).toEqual(['note']);
    expect(validateContract(Order, { id: 'o', lines: [], note: 'n' }).problems.map((p) => p.constraint)).toEqual(['whitelistValidation']);
  });
});
