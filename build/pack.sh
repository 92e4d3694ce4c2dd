#!/usr/bin/env bash
# Packs every project under src/ in Release into artifacts/ (or $ARTIFACTS_DIR): a .nupkg and a .snupkg each.
# Then checks each package as a user receives it: README, license, description, tags, repository commit,
# XML docs next to the dll, and a symbols pdb whose Source Link maps the sources to the repository.
# Source Link needs the repository's address: build/SourceLinkFallback.targets uses RepositoryUrl from
# Directory.Build.props when the git remote 'origin' is missing, a local path, or an unknown host.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

out="${ARTIFACTS_DIR:-$PWD/artifacts}"
rm -rf "$out"
mkdir -p "$out"

for project in src/*/*.csproj; do
  dotnet pack "$project" -c Release -o "$out" --nologo -v quiet -clp:NoSummary
done

version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props)
failed=0
fail() { echo "pack check failed: $1" >&2; failed=1; }

for project in src/*/*.csproj; do
  id=$(basename "$project" .csproj)
  nupkg="$out/$id.$version.nupkg"
  snupkg="$out/$id.$version.snupkg"
  [ -f "$nupkg" ] || { fail "$nupkg is missing"; continue; }
  [ -f "$snupkg" ] || { fail "$snupkg is missing"; continue; }

  files=$(unzip -Z1 "$nupkg")
  for file in README.md "lib/net10.0/$id.dll" "lib/net10.0/$id.xml"; do
    grep -qx "$file" <<<"$files" || fail "$id: $file is not in the package"
  done

  nuspec=$(unzip -p "$nupkg" "$id.nuspec")
  for element in '<readme>README.md</readme>' '<license type="expression">MIT</license>' '<description>' '<tags>' '<repository type="git" url="https://'; do
    grep -qF "$element" <<<"$nuspec" || fail "$id: the nuspec has no $element"
  done

  sourcelink=$(unzip -p "$snupkg" "lib/net10.0/$id.pdb" | grep -a -o '{"documents":{[^}]*}}' || true)
  [[ "$sourcelink" == *'https://'* ]] || fail "$id: the pdb has no Source Link"

  printf '%-34s %s  %s\n' "$id" "$(basename "$nupkg") + .snupkg" "${sourcelink:0:110}"
done

exit $failed
