import { Inject, Injectable } from '@nestjs/common';
import {
  COMPANY_AGGREGATE,
  COMPANY_EVENTS,
  DomainError,
  DomainErrorCode,
  companyDuplicateKey,
  type Actor,
  type CompanyCreatedPayload,
  type DomainEvent,
} from '@ndip/domain';
import { CLOCK, importRowHash, uuidv7, type Clock, type CommandMessage, type ImportBatchResult, type ImportCompaniesBatchDto } from '@ndip/platform';
import { DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ChangeRecorder } from '../common/change-recorder';
import { CompanyEntity } from '../company/company.entity';

/** Kazakh Invest operators (the National Company) and the administrator load existing data. */
const IMPORT_ROLES: readonly Actor['role'][] = ['NC', 'ADMIN'];

/**
 * Applies one batch of imported company cards in one transaction with its outbox. The BIN is the natural key
 * (company_import_key, claimed with ON CONFLICT DO NOTHING): a second import creates nothing; a card that
 * already exists with that BIN (entered by hand) is linked, not duplicated. New cards publish
 * `attraction.company.created` as a manual creation does; one audit entry per batch names every card created.
 */
@Injectable()
export class CompanyImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly recorder: ChangeRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async importBatch(dto: ImportCompaniesBatchDto, cmd: CommandMessage): Promise<ImportBatchResult> {
    const actor = cmd.actor;
    if (!IMPORT_ROLES.includes(actor.role)) throw new DomainError(DomainErrorCode.WRONG_ROLE, `${actor.role} may not import companies`);
    const bins = dto.rows.map((r) => r.bin);
    if (new Set(bins).size !== bins.length) throw new DomainError(DomainErrorCode.INVALID_INPUT, 'a BIN appears twice in the batch', { field: 'rows' });
    const today = this.clock.today();
    return this.dataSource.transaction(async (m) => {
      // A card entered by hand with the same BIN is the same company: link it instead of creating another.
      const existing = (await m.query(
        `SELECT DISTINCT ON (bin) bin, id FROM company WHERE bin = ANY($1::text[]) AND status = 'ACTIVE' ORDER BY bin, created_at`,
        [bins],
      )) as { bin: string; id: string }[];
      const existingId = new Map(existing.map((e) => [e.bin, e.id]));
      const planned = dto.rows.map((row) => ({ row, id: existingId.get(row.bin) ?? uuidv7(this.clock.now().getTime()), hash: importRowHash(row) }));
      const claimed = (await m.query(
        `INSERT INTO company_import_key (bin, company_id, row_hash, job_id, imported_by)
         SELECT k.bin, k.company_id, k.row_hash, $4::text, $5::text FROM unnest($1::text[], $2::uuid[], $3::text[]) AS k(bin, company_id, row_hash)
         ON CONFLICT (bin) DO NOTHING RETURNING bin`,
        [planned.map((p) => p.row.bin), planned.map((p) => p.id), planned.map((p) => p.hash), dto.jobId, actor.userId],
      )) as { bin: string }[];
      const mine = new Set(claimed.map((c) => c.bin));
      const earlier = planned.filter((p) => !mine.has(p.row.bin));
      const known = earlier.length
        ? ((await m.query(`SELECT bin, row_hash FROM company_import_key WHERE bin = ANY($1::text[])`, [earlier.map((p) => p.row.bin)])) as {
            bin: string;
            row_hash: string;
          }[])
        : [];
      const hashOf = new Map(known.map((k) => [k.bin, k.row_hash]));
      const changed = earlier.filter((p) => hashOf.get(p.row.bin) !== p.hash).map((p) => ({ row: p.row.row, key: p.row.bin }));
      const fresh = planned.filter((p) => mine.has(p.row.bin) && !existingId.has(p.row.bin));
      const linked = planned.filter((p) => mine.has(p.row.bin) && existingId.has(p.row.bin));
      const cards: QueryDeepPartialEntity<CompanyEntity>[] = [];
      const events: DomainEvent[] = [];
      for (const { row, id } of fresh) {
        cards.push({
          id,
          name: row.name,
          countryCode: row.countryCode,
          bin: row.bin,
          sector: row.sector ?? null,
          size: row.size ?? null,
          website: row.website ?? null,
          global2000: false,
          global2000Year: null,
          status: 'ACTIVE',
          mergedInto: null,
          dupKey: companyDuplicateKey(row.name, row.countryCode),
          kycStatus: 'NOT_STARTED',
          createdByOrg: actor.organizationId,
          createdOn: today,
        });
        const payload: CompanyCreatedPayload = { companyId: id, name: row.name, countryCode: row.countryCode, bin: row.bin, sector: row.sector ?? null };
        events.push({ type: COMPANY_EVENTS.created, version: 1, aggregateType: COMPANY_AGGREGATE, aggregateId: id, payload });
      }
      if (cards.length > 0) await m.getRepository(CompanyEntity).insert(cards);
      const unchanged = earlier.length - changed.length + linked.length;
      await this.recorder.record(m, cmd, events, {
        action: 'company.import.batch',
        entityType: 'import-job',
        entityId: dto.jobId,
        oldValue: null,
        newValue: {
          created: fresh.map((p) => ({ bin: p.row.bin, companyId: p.id, name: p.row.name })),
          linked: linked.map((p) => ({ bin: p.row.bin, companyId: p.id })),
          unchanged: earlier.length - changed.length,
          changed,
        },
      });
      return { created: cards.length, unchanged, changed };
    });
  }
}
