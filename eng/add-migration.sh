#!/usr/bin/env bash
# Adds a migration to both providers' sets of one module context, e.g.
#   eng/add-migration.sh src/Egov.Platform Platform AddSomething
# (project folder, context name without the provider suffix, migration name).
set -euo pipefail
cd "$(dirname "$0")/.."
project=$1 context=$2 name=$3
dotnet tool restore >/dev/null
dotnet build src/Egov.Host >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --no-build \
    --project "$project" --startup-project src/Egov.Host \
    --context "${context}${provider}DbContext" \
    --output-dir "Data/Migrations/$provider"
done
