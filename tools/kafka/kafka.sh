#!/usr/bin/env bash
# Start, stop or inspect the project's single-node Kafka broker: tools/kafka/kafka.sh start|stop|status|fetch
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v node >/dev/null || { echo "[kafka] Node.js 20+ is required" >&2; exit 1; }
exec node tools/kafka/broker.js "${1:-status}"
