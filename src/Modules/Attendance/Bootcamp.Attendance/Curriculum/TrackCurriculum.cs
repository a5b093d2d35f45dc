using Bootcamp.Attendance.Persistence;
using Bootcamp.Attendance.Resources;
using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Attendance.Curriculum;

internal static class TrackCurriculum
{
    /// <summary>Serialises changes to one track's milestones (positions, the one capstone) until the transaction ends.</summary>
    public static Task LockAsync(this AttendanceDbContext db, Guid trackId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({"attendance.milestones:" + trackId.ToString()}, 0))", cancellationToken);

    public static Task<bool> HasOtherCapstoneAsync(this AttendanceDbContext db, Guid trackId, Guid? except, CancellationToken cancellationToken) =>
        db.Milestones.AnyAsync(m => m.TrackId == trackId && m.IsCapstone && !m.IsArchived && m.Id != except, cancellationToken);

    public static async Task SaveCapstoneSafelyAsync(this AttendanceDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw CapstoneTaken();
        }
    }

    public static ValidationFailedException CapstoneTaken() =>
        ValidationFailedException.For("Details.IsCapstone", AttendanceMessages.CapstoneTaken);
}
