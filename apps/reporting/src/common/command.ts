import { DomainError } from '@ndip/domain';
import { runCommand, type CommandMessage, type CommandResult } from '@ndip/platform';
import type { Locale } from './access';
import { exportFile, type ExportTable } from './export';

/** The caller's language for CSV labels (Accept-Language through the gateway; Russian by default). */
export function localeOf(cmd: CommandMessage): Locale {
  return cmd.locale ?? 'ru';
}

/**
 * runCommand, keeping the list of problems a DomainError carries in `details.problems` (per-row errors of an
 * upload), so that the gateway answers them in `errors` of the problem+json.
 */
export async function runCommandWithProblems<D extends object, R>(
  msg: unknown,
  dataClass: new () => D,
  fn: (data: D, cmd: CommandMessage<D>) => Promise<R>,
): Promise<CommandResult<R>> {
  let problems: { field: string; message: string }[] | undefined;
  const result = await runCommand(msg, dataClass, async (d, cmd) => {
    try {
      return await fn(d, cmd);
    } catch (e) {
      if (e instanceof DomainError && Array.isArray(e.details.problems)) problems = e.details.problems as { field: string; message: string }[];
      throw e;
    }
  });
  return !result.ok && problems ? { ok: false, error: { ...result.error, problems } } : result;
}

/**
 * `format=csv` answers a CsvFile (the gateway sends it as text/csv), `format=xlsx` an XlsxFile (base64; the gateway
 * sends the bytes), both written from the same ExportTable; anything else the JSON view.
 */
export async function exportOr(format: 'json' | 'csv' | 'xlsx' | undefined, table: () => Promise<ExportTable>, json: () => Promise<unknown>): Promise<unknown> {
  return format === 'csv' || format === 'xlsx' ? exportFile(format, await table()) : json();
}
