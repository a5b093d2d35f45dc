#!/usr/bin/env bash
# Adds an EF Core migration to one module, in that module's schema, and keeps the generated types internal
# (the architecture tests allow one public type per module implementation: its ModuleDefinition).
#   scripts/add-migration.sh Sessions AddTracks
#   scripts/add-migration.sh src/Shared/Bootcamp.Mail/Bootcamp.Mail.csproj Initial MailDbContext   (platform stores)
set -euo pipefail
module=${1:?module name (e.g. Sessions) or path to a platform project .csproj}
name=${2:?migration name, e.g. AddTracks}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dotnet tool restore >/dev/null
# One build of the Host (the startup project, which references every module and Design) instead of dotnet ef's two
# (startup and target); it also restores, which dotnet ef needs before it can read a project at all.
dotnet build src/Host/Bootcamp.Host.csproj -nologo -v q -clp:ErrorsOnly
if [[ "$module" == *.csproj ]]; then
  project="$module"
  context=${3:?DbContext name for a platform project}
else
  project="src/Modules/$module/Bootcamp.$module/Bootcamp.$module.csproj"
  context="${module}DbContext"
fi
# With --context naming a context whose assembly has an IDesignTimeDbContextFactory, dotnet ef uses that factory and
# never starts the Host (which would provision a local database in Development).
dotnet ef migrations add "$name" \
  --no-build \
  --project "$project" \
  --startup-project src/Host/Bootcamp.Host.csproj \
  --context "$context" \
  --output-dir Persistence/Migrations
for f in "$(dirname "$project")/Persistence/Migrations/"*.cs; do
  sed -i -E 's/^(    )?public (partial class|class)/\1internal \2/' "$f"
done
echo "Migration $name added to $context."
