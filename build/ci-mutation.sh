#!/usr/bin/env bash
# CI step: mutation testing of the files that carry the SDK's promises (build/mutation.sh), failing when a file
# scores below 90 % or when a mutant on the retry and failure paths is reached by no test. Stryker runs two
# test sessions at a time: the whole step stays under 10 minutes on an otherwise idle two-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
bash build/mutation.sh --concurrency 2
echo "Mutation step took $(( $(date +%s) - started )) s (load: $(cut -d' ' -f1-3 /proc/loadavg))."
