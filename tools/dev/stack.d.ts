export interface ServiceProcess {
  name: string;
  env: Record<string, string>;
  url: string;
  port: number;
  logFile: string;
  exitCode: number | string | undefined;
  start(extraEnv?: Record<string, string>, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
  kill(): Promise<void>;
  waitExit(timeoutMs?: number): Promise<number | string | undefined>;
}

export interface Stack {
  services: Record<'attraction' | 'implementation' | 'post-investment' | 'reporting' | 'gateway', ServiceProcess>;
  urls: Record<string, string>;
  gatewayUrl: string;
  logDir: string;
  stop(): Promise<void>;
}

export interface StackOptions {
  brokers?: string;
  pgUrls?: Record<string, string>;
  basePort?: number;
  gatewayPort?: number;
  groupPrefix?: string;
  logDir?: string;
  logLevel?: 'error' | 'warn' | 'log' | 'debug';
  adminLogin?: string;
  adminPassword: string;
  jwtSecret: string;
  env?: Record<string, string>;
  build?: boolean;
  /** With build: also build the admin UI into dist/admin (default true). */
  ui?: boolean;
  quiet?: boolean;
}

export function startStack(opts: StackOptions): Promise<Stack>;
export function build(opts?: { quiet?: boolean }): void;
export function buildUi(opts?: { quiet?: boolean }): void;

export const SERVICES: readonly string[];
export function tail(file: string, lines?: number): string;
export function waitHttp(url: string, timeoutMs: number, isAlive?: () => boolean): Promise<void>;
export const ServiceProcess: new (name: string, env: Record<string, string>, logDir: string) => ServiceProcess;
