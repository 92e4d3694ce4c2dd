#!/usr/bin/env bash
# CI: publishes the sample with NativeAOT for linux-x64, fails on any trim or AOT warning (IL2xxx, IL3xxx), then
# runs the native binary: it must run the whole escalation on the embedded emulator and exit 0.
# The native toolchain (clang, zlib1g-dev) comes from build/ci-apt-packages.txt, which .ci/run installs when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

for tool in clang; do
  command -v "$tool" >/dev/null || { echo "NativeAOT needs $tool (and zlib1g-dev): see build/ci-apt-packages.txt"; exit 1; }
done

out="$PWD/artifacts/aot"
log="$PWD/artifacts/aot-publish.log"
# The native compiler's own output goes too, so that it runs again and reports every warning (a step skipped as
# up to date reports none).
rm -rf "$out" samples/Omnidesk.Chat.Sample/obj/Release/net10.0/linux-x64/native
mkdir -p "$out"

dotnet publish samples/Omnidesk.Chat.Sample/Omnidesk.Chat.Sample.csproj -c Release -r linux-x64 \
  -p:PublishAot=true -o "$out" 2>&1 | tee "$log"

if grep -E 'warning IL[23][0-9]{3}' "$log"; then
  echo "NativeAOT publish has trim or AOT warnings (above)."
  exit 1
fi

binary="$out/Omnidesk.Chat.Sample"
[ -x "$binary" ] || { echo "no native binary at $binary"; exit 1; }
echo "== native binary: $(du -h "$binary" | cut -f1)"
timeout 120 "$binary"
echo "NativeAOT sample published without warnings and ran to exit 0."
