#!/usr/bin/env bash
# CI dry run of the benchmark suite: builds it and runs every benchmark once, in process (BenchmarkDotNet's
# Dry job), so that it keeps compiling and running. Each pair's setup checks that the SDK and the raw baseline
# send the same request. Exits non-zero when the build or any benchmark fails. Not a measurement.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

project=tests/Omnidesk.Chat.Client.Benchmarks
artifacts="$PWD/TestResults/benchmarks-dry"
rm -rf "$artifacts"

dotnet build -c Release "$project"
timeout 300 dotnet run -c Release --no-build --project "$project" -- \
  --filter '*' --job Dry --inProcess --artifacts "$artifacts"
# The conversation load run, a second at a low rate: its processes (redis-server, three instances) still start, talk
# and stop, and nothing is lost. About 15 s; the measurement itself is --rate 5000 --seconds 20 on a quiet machine.
timeout 180 dotnet run -c Release --no-build --project "$project" -- \
  --conversation-load --rate 100 --seconds 1 --warmup-seconds 1 --sessions 20
echo "Benchmark dry run passed."
