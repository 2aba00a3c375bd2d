import { api, ApiError, call } from './client';
import type { Page, Project } from './types';

/** Every project the caller sees (the gateway pages by at most 200), optionally one pool or region only. */
export async function allProjects(query: { pool?: 'NATIONAL' | 'REGIONAL'; regionCode?: string } = {}): Promise<Project[]> {
  const out: Project[] = [];
  for (let page = 1; ; page++) {
    const p = await call<Page<Project>>(() => api.GET('/api/v1/projects', { params: { query: { ...query, page, pageSize: 200 } } }));
    out.push(...p.items);
    if (p.items.length === 0 || out.length >= p.total) return out;
  }
}

/** Runs `load` for every project, at most `width` at a time; a project gone or out of scope (404) yields nothing. */
export async function perProject<T>(projects: Project[], load: (p: Project) => Promise<T[]>, width = 6): Promise<T[]> {
  const out: T[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < projects.length) {
      const p = projects[next++]!;
      try {
        out.push(...(await load(p)));
      } catch (e) {
        if (!(e instanceof ApiError && e.status === 404)) throw e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, projects.length) }, worker));
  return out;
}

/** One page of an in-memory list, sorted by `sort` ("field" or "-field" over the keys `by` gives). */
export function pageOf<T>(rows: T[], page: number, pageSize: number, sort: string | undefined, by: Record<string, (r: T) => string | number>): Page<T> {
  const desc = sort?.startsWith('-') ?? false;
  const key = sort ? by[sort.replace(/^-/, '')] : undefined;
  const sorted = key
    ? [...rows].sort((a, b) => {
        const x = key(a);
        const y = key(b);
        return (x < y ? -1 : x > y ? 1 : 0) * (desc ? -1 : 1);
      })
    : rows;
  return { items: sorted.slice((page - 1) * pageSize, page * pageSize), total: rows.length, page, pageSize };
}
