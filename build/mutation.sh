#!/usr/bin/env bash
# Mutation testing of the files that carry the SDK's promises (which failure may be retried, which one means
# "delivery unknown", how an error answer is read, the validation table, the hookpoint event factory, the
# customer-name helper). The list of files lives in one place: the "mutate" array of
# tests/Omnidesk.Chat.Client.Tests/stryker-config.json.
#
# Installs dotnet-stryker (the version pinned in .config/dotnet-tools.json) when missing, runs it from the test
# project, prints killed / survived / no coverage / score per file and every surviving mutant, and exits
# non-zero when a file scores below MUTATION_THRESHOLD (default 90) or when a file of the retry and failure
# paths (Pipeline/) has a mutant no test reaches. The config's test-case-filter leaves out one test
# class, MessageAccountingTests: its 1000 messages take seconds per mutant and depend on the machine's timing, and
# the focused tests kill every mutant without it. build/ci-mutation.sh runs this as a CI step.
#
# Usage: build/mutation.sh [--file GLOB]... [--concurrency N] [--report FILE]
#   --file GLOB      mutate only the matching files (while iterating); repeatable; the gate then checks those.
#   --concurrency N  Stryker's parallel test runners (default: the config's, 3: a session spends much of its time
#                    starting a test host and waiting for cancelled tests, so a third one overlaps those waits).
#   --report FILE    print the table and apply the gate to an existing mutation-report.json, without running.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

tests=tests/Omnidesk.Chat.Client.Tests
config="$tests/stryker-config.json"
threshold="${MUTATION_THRESHOLD:-90}"
output="$root/TestResults/mutation"

patterns=()
extra=()
existing=
while [ $# -gt 0 ]; do
  case "$1" in
    --file) patterns+=("$2"); shift 2 ;;
    --concurrency) extra+=(--concurrency "$2"); shift 2 ;;
    --report) existing="$(realpath "$2")"; shift 2 ;;
    *) echo "unknown argument: $1 (see the usage at the top of $0)" >&2; exit 2 ;;
  esac
done
if [ "${#patterns[@]}" -eq 0 ]; then
  mapfile -t patterns < <(jq -r '."stryker-config".mutate[]' "$config")
fi

elapsed=0
report="$existing"
if [ -z "$existing" ]; then
  # Every pattern must name a source file, so a renamed file fails here instead of silently leaving the run.
  for pattern in "${patterns[@]}"; do
    relative="${pattern#\*\*/}"
    if ! compgen -G "src/Omnidesk.Chat.Client/$relative" > /dev/null; then
      echo "mutation: '$pattern' matches no file under src/Omnidesk.Chat.Client; update $config after a rename." >&2
      exit 1
    fi
  done

  # The tool: restored from the manifest, installed into it when the manifest does not have it yet.
  if ! dotnet tool restore > /dev/null 2>&1 || ! dotnet tool list --local | grep -q '^dotnet-stryker '; then
    [ -f .config/dotnet-tools.json ] || { mkdir -p .config; dotnet new tool-manifest --output .config; }
    dotnet tool install dotnet-stryker --version 5.1.0
  fi

  # Stryker swaps the mutated assembly into the test project's bin/ and keeps the original beside it as
  # *.stryker-unchanged, but backs up only when no backup is there and restores by copying: a backup left by an
  # earlier run would be put back over this build's assembly, and later `dotnet test --no-build` runs would test
  # old code. So each run starts without one and ends (however it ends) by putting its own back.
  restore_assemblies() {
    find "$tests/bin" -name '*.stryker-unchanged' -print0 2>/dev/null | while IFS= read -r -d '' backup; do
      mv -f "$backup" "${backup%.stryker-unchanged}"
    done
  }
  restore_assemblies
  trap restore_assemblies EXIT

  mutate_args=()
  for pattern in "${patterns[@]}"; do mutate_args+=(--mutate "$pattern"); done

  rm -rf "$output"
  started=$(date +%s)
  # Stryker's own break threshold applies to the whole run; the per-file gate below is the one that counts, so
  # a low overall score is reported here rather than stopping before the table.
  (cd "$tests" && dotnet tool run dotnet-stryker -- --config-file stryker-config.json --output "$output" \
    --break-at 0 "${mutate_args[@]}" ${extra[@]+"${extra[@]}"})
  elapsed=$(( $(date +%s) - started ))

  report="$output/reports/mutation-report.json"
fi
[ -f "$report" ] || { echo "mutation: no report at $report" >&2; exit 1; }

# Per file: detected = Killed + Timeout; undetected = Survived + NoCoverage; compile errors and ignored
# mutants do not count. The paths in the report are relative to the mutated project.
table=$(jq -r --argjson threshold "$threshold" '
  .files | to_entries | sort_by(.key) | map(select(.value.mutants | any(.status != "Ignored" and .status != "CompileError"))) | map(
    (.value.mutants | map(.status)) as $s
    | ($s | map(select(. == "Killed")) | length) as $killed
    | ($s | map(select(. == "Timeout")) | length) as $timeout
    | ($s | map(select(. == "Survived")) | length) as $survived
    | ($s | map(select(. == "NoCoverage")) | length) as $nocov
    | ($killed + $timeout + $survived + $nocov) as $valid
    | (if $valid == 0 then 100 else (($killed + $timeout) * 1000 / $valid | floor) / 10 end) as $score
    | (.key | test("(^|/)Pipeline/")) as $path
    | [ (.key | sub("^.*/src/Omnidesk\\.Chat\\.Client/"; "")), $killed, $timeout, $survived, $nocov, $score,
        (if $score < $threshold then "BELOW \($threshold) %"
         elif $path and $nocov > 0 then "NO COVERAGE on the retry/failure path"
         else "ok" end) ]
    | @tsv) | .[]' "$report")

echo
echo "Mutation score per file (threshold $threshold %; Pipeline/ must have 0 no coverage):"
printf '%-52s %7s %7s %8s %11s %7s  %s\n' file killed timeout survived no-coverage score verdict
while IFS=$'\t' read -r file killed timeout survived nocov score verdict; do
  printf '%-52s %7s %7s %8s %11s %6s%%  %s\n' "$file" "$killed" "$timeout" "$survived" "$nocov" "$score" "$verdict"
done <<< "$table"

echo
echo "Mutants no test kills (file:line mutator: replacement):"
jq -r '.files | to_entries[] | (.key | sub("^.*/src/Omnidesk\\.Chat\\.Client/"; "")) as $f | .value.mutants[]
  | select(.status == "Survived" or .status == "NoCoverage")
  | "  \(.status) \($f):\(.location.start.line) \(.mutatorName): \(.replacement // "" | gsub("\n"; " ") | .[0:100])"' "$report"
echo
echo "Wall time: ${elapsed} s. Reports: $output/reports (mutation-report.html, mutation-report.json)."

files=$(printf '%s\n' "$table" | grep -c . || true)
if [ "$files" -lt "${#patterns[@]}" ]; then
  echo "mutation: ${#patterns[@]} files were to be mutated but the report has $files." >&2
  exit 1
fi
if printf '%s\n' "$table" | cut -f7 | grep -qv '^ok$'; then
  echo "mutation: FAILED: a file is below the threshold or has uncovered mutants on the retry/failure path." >&2
  exit 1
fi
echo "mutation: every file at or above $threshold %."
