'use strict';
/**
 * The baseline of bench/gateway.bench.js: a bare NestJS 11 application (Express platform, no guards, no database,
 * no logger) with one GET answering a small JSON body. Usage: `node bench/bare-nest.js <port>`; prints "ready".
 */
require('reflect-metadata');
const { Controller, Get, Module } = require('@nestjs/common');
const { NestFactory } = require('@nestjs/core');

class PingController {
  ping() {
    return { ok: true, service: 'bare-nest' };
  }
}
Controller()(PingController);
Get('ping')(PingController.prototype, 'ping', Object.getOwnPropertyDescriptor(PingController.prototype, 'ping'));

class BareModule {}
Module({ controllers: [PingController] })(BareModule);

async function main() {
  const app = await NestFactory.create(BareModule, { logger: false });
  await app.listen(Number(process.argv[2] ?? 21290), '127.0.0.1');
  console.log('ready');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
