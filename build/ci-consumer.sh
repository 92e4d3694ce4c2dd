#!/usr/bin/env bash
# Consumer check: the packages work as users receive them. Packs src/ into artifacts/ (build/pack.sh), creates a
# fresh project in a temporary folder that restores Omnidesk.Chat.Client, .AspNetCore, .Testing and .Redis from artifacts/
# (and everything else from the machine's nuget.org source), and runs build/consumer/Program.cs: the emulator plays
# Omnidesk, AddOmnideskChat sends a message, the agent's reply reaches MapOmnideskHookpoints. Exits non-zero on failure.
# The restore uses its own package cache in the temporary folder, so our 0.1.0 packages never enter ~/.nuget/packages;
# the machine's cache is a fallback folder for the other packages, so nothing else is downloaded again.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

bash "$root/build/pack.sh"

version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/Directory.Build.props")
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
project="$work/Consumer"
mkdir -p "$project"

# Stop MSBuild and NuGet from reading anything of the repository or of folders above the temporary one.
echo '<Project />' > "$project/Directory.Build.props"
echo '<Project />' > "$project/Directory.Build.targets"
echo '<Project />' > "$project/Directory.Packages.props"
sed "s|@ARTIFACTS@|$root/artifacts|" "$root/build/consumer/nuget.config.in" > "$project/nuget.config"
sed "s|@VERSION@|$version|g" "$root/build/consumer/Consumer.csproj.in" > "$project/Consumer.csproj"
cp "$root/build/consumer/Program.cs" "$project/Program.cs"

export NUGET_PACKAGES="$work/packages"
dotnet restore "$project" --nologo -v quiet -p:RestoreFallbackFolders="${HOME}/.nuget/packages"
dotnet build "$project" --no-restore --nologo -v quiet -clp:NoSummary -c Release

# The four packages came from artifacts/, byte for byte.
for id in Omnidesk.Chat.Client Omnidesk.Chat.Client.AspNetCore Omnidesk.Chat.Client.Testing Omnidesk.Chat.Client.Redis; do
  lower=$(tr '[:upper:]' '[:lower:]' <<<"$id")
  cmp -s "$root/artifacts/$id.$version.nupkg" "$NUGET_PACKAGES/$lower/$version/$lower.$version.nupkg" \
    || { echo "consumer check failed: $id $version was not restored from artifacts/" >&2; exit 1; }
done

timeout 120 dotnet "$project/bin/Release/net10.0/Consumer.dll"
