import type { RuleEdition } from '@ndip/domain';
import type { Clock, OutboxWriter } from '@ndip/platform';
import type { DataSource } from 'typeorm';
import { AttractivenessService } from './attractiveness.service';

describe('AttractivenessService.parseHardData', () => {
  const service = new AttractivenessService(
    null as unknown as DataSource,
    null as unknown as OutboxWriter,
    null as unknown as Clock,
    null as unknown as RuleEdition,
  );

  it('reads the factors of each region; an empty cell is a missing value', () => {
    const r = service.parseHardData('regionCode,F1.1,F5\n750000000,104.5,\n710000000,-2,98');
    expect(r.errors).toEqual([]);
    expect(r.regions).toEqual(['750000000', '710000000']);
    expect(r.values).toEqual([
      { region: '750000000', factor: 'F1.1', value: 104.5 },
      { region: '750000000', factor: 'F5', value: null },
      { region: '710000000', factor: 'F1.1', value: -2 },
      { region: '710000000', factor: 'F5', value: 98 },
    ]);
    expect(service.parseHardData('kato;F3.1\n750000000;115,25').values).toEqual([{ region: '750000000', factor: 'F3.1', value: 115.25 }]);
  });

  it('names every bad row and column', () => {
    const r = service.parseHardData('regionCode,F1.1,F3.1\n750000000,1e5,1\n750000000,1,2\n123,1,2\n710000000,1\n710000000,"1,5",3');
    expect(r.errors.map((e) => [e.row, e.field])).toEqual([
      [2, 'rows[2].F1.1'],
      [3, 'rows[3].regionCode'],
      [4, 'rows[4].regionCode'],
      [5, 'rows[5]'],
      [6, 'rows[6].F1.1'],
    ]);
  });

  it('refuses a header that is not regionCode and hard factors', () => {
    expect(service.parseHardData('region,F4.1,F1.1,F1.1\n750000000,1,2,3').errors.map((e) => e.field)).toEqual(['header[1]', 'header[3]']);
    expect(service.parseHardData('name,F1.1\n750000000,1').errors.map((e) => e.field)).toEqual(['header[0]']);
    expect(service.parseHardData('regionCode\n750000000').errors.map((e) => e.field)).toEqual(['header']);
    expect(service.parseHardData('regionCode,F1.1').errors.map((e) => e.field)).toEqual(['rows']);
    expect(service.parseHardData('regionCode,F1.1\n"750000000,1').errors.map((e) => e.field)).toEqual(['rows[2]']);
  });
});
