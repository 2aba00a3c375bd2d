import { readFileSync } from 'node:fs';
import { IsIn, IsString } from 'class-validator';
import { Transform } from 'class-transformer';
import type { KafkaConfig } from 'kafkajs';
import { validateEnv } from '../config/env';

/**
 * Authentication and encryption towards the brokers (Strimzi: a TLS listener with SCRAM-SHA-512 users, one per
 * service, whose ACLs allow only that service's topics). Empty mechanism and TLS off: a plaintext broker (local).
 */
export class KafkaSecurityEnv {
  @IsIn(['', 'scram-sha-512', 'scram-sha-256', 'plain'])
  NDIP_KAFKA_SASL_MECHANISM: '' | 'scram-sha-512' | 'scram-sha-256' | 'plain' = '';

  @IsString()
  NDIP_KAFKA_SASL_USERNAME = '';

  /** Never logged. */
  @IsString()
  NDIP_KAFKA_SASL_PASSWORD = '';

  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  NDIP_KAFKA_TLS = false;

  /** PEM of the cluster CA (Strimzi secret `<cluster>-cluster-ca-cert`, key ca.crt); empty: the system CAs. */
  @IsString()
  NDIP_KAFKA_TLS_CA_FILE = '';
}

let cached: Pick<KafkaConfig, 'ssl' | 'sasl'> | null = null;

/** The `ssl`/`sasl` part of every kafkajs client of this process (validated once; a bad value stops the boot). */
export function kafkaSecurity(env: NodeJS.ProcessEnv = process.env): Pick<KafkaConfig, 'ssl' | 'sasl'> {
  if (cached && env === process.env) return cached;
  const e = validateEnv(KafkaSecurityEnv, env);
  const out: Pick<KafkaConfig, 'ssl' | 'sasl'> = {};
  if (e.NDIP_KAFKA_TLS) out.ssl = e.NDIP_KAFKA_TLS_CA_FILE ? { ca: [readFileSync(e.NDIP_KAFKA_TLS_CA_FILE, 'utf8')] } : true;
  if (e.NDIP_KAFKA_SASL_MECHANISM) {
    if (!e.NDIP_KAFKA_SASL_USERNAME || !e.NDIP_KAFKA_SASL_PASSWORD) {
      throw new Error('invalid configuration:\n  NDIP_KAFKA_SASL_USERNAME and NDIP_KAFKA_SASL_PASSWORD are required when NDIP_KAFKA_SASL_MECHANISM is set');
    }
    out.sasl = { mechanism: e.NDIP_KAFKA_SASL_MECHANISM, username: e.NDIP_KAFKA_SASL_USERNAME, password: e.NDIP_KAFKA_SASL_PASSWORD } as KafkaConfig['sasl'];
  }
  if (env === process.env) cached = out;
  return out;
}
