#!/usr/bin/env bash
# CI: mutation testing of the files that carry the SDK's promises (build/mutation.sh; the list is the "mutate"
# array of tests/Omnidesk.Chat.Client.Tests/stryker-config.json). Fails when any file scores below 90 % or a file of
# the retry and failure paths (Pipeline/) has a mutant no test reaches. It installs nothing of its own:
# dotnet-stryker is the local tool of .config/dotnet-tools.json (restored from the NuGet source by mutation.sh),
# jq comes from build/ci-apt-packages.txt, which .ci/run installs when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

command -v jq >/dev/null || { echo "mutation testing needs jq: see build/ci-apt-packages.txt"; exit 1; }

# The gate's threshold is fixed here, whatever the environment says.
MUTATION_THRESHOLD=90 bash build/mutation.sh
