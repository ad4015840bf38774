#!/usr/bin/env bash
# Regenerates the migrations of both providers from the current model.
# Usage: eng/regenerate-migrations.sh [Name]   (default: recreates "Initial", before the first release)
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:-Initial}
core=src/SeoulMonitor.Core
dotnet tool restore >/dev/null
if [ "$name" = "Initial" ]; then rm -rf "$core/Persistence/Migrations"; fi
for ctx in Sqlite Postgres; do
  dotnet ef migrations add "$name" \
    --project "$core" --startup-project src/SeoulMonitor.Host \
    --context "${ctx}SeoulMonitorDbContext" \
    --output-dir "Persistence/Migrations/$ctx" --namespace "SeoulMonitor.Core.Persistence.Migrations.$ctx"
  # EF places a new model snapshot by its namespace; keep it beside its migrations.
  if [ -d "$core/SeoulMonitor" ]; then
    find "$core/SeoulMonitor" -name '*ModelSnapshot.cs' -exec mv {} "$core/Persistence/Migrations/$ctx/" \;
    rm -rf "$core/SeoulMonitor"
  fi
done
