/** True for the errors kafkajs raises (their names start with "KafkaJS"). */
export function isKafkaJsError(e: unknown): boolean {
  return e instanceof Error && e.name.startsWith('KafkaJS');
}

let installed = false;

/**
 * kafkajs sometimes rejects a promise nobody holds when the broker goes away (e.g. a connection retry of an
 * idempotent producer exhausting its retries: tulios/kafkajs#1686, #939); Node would end the process for it. The
 * clients reconnect on their next use and consumers restart themselves, so such a rejection is logged and the
 * service stays up (the fault tests stop the broker under load). Any other unhandled rejection still ends the
 * process, as Node's default does, so that a service in an unknown state is restarted.
 */
export function surviveKafkaRejections(log: { error(message: string): void }): void {
  if (installed) return;
  installed = true;
  process.on('unhandledRejection', (reason) => {
    if (isKafkaJsError(reason)) {
      const e = reason as Error;
      log.error(`unhandled kafkajs rejection survived (${e.name}: ${e.message}); the client reconnects on its next use`);
      return;
    }
    setImmediate(() => {
      throw reason;
    });
  });
}
