using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Bootcamp.Surveys.Persistence;

internal static class PostgresErrors
{
    public static bool IsUniqueViolation(this DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
