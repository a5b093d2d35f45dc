using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Bootcamp.Shared.Persistence;

public static class PostgresErrors
{
    /// <summary>A unique index refused the row: another request (a double submit, a second Host) got there first.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
