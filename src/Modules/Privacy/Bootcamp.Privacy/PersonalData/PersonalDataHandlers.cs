using Bootcamp.Privacy.Contracts;
using Bootcamp.Privacy.Persistence;
using Bootcamp.Privacy.Requests;
using Bootcamp.Shared;
using Bootcamp.Shared.Contracts.PersonalData;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Privacy.PersonalData;

/// <summary>Not a command: every module answers in its own transaction, and the register records the delivery after
/// all of them did.</summary>
internal sealed class ExportPersonalDataHandler(PersonalDataOffice office, PrivacyDbContext db, TimeProvider clock)
    : IRequestHandler<ExportPersonalData, PersonalDataExport?>
{
    public async Task<PersonalDataExport?> Handle(ExportPersonalData request, CancellationToken cancellationToken)
    {
        if (await office.ResolveAsync(request.ApplicationId, cancellationToken) is not { } person)
        {
            return null;
        }

        var modules = await office.DescribeAsync(person.Keys, cancellationToken);
        var now = clock.GetUtcNow();
        await RequestRegister.AnswerAsync(db, person.AnchorId, PrivacyRequestKind.Access, request.DeliveredBy, now, ProgrammeTime.Today(clock),
            $"{modules.Sum(m => m.Records.Count)} records from {modules.Count} modules", cancellationToken);
        return new PersonalDataExport(person.AnchorId, person.Name, System.Globalization.CultureInfo.CurrentUICulture.Name, now, modules);
    }
}

internal sealed class PlanPersonErasureHandler(PersonalDataOffice office) : IRequestHandler<PlanPersonErasure, PersonErasurePlan?>
{
    public async Task<PersonErasurePlan?> Handle(PlanPersonErasure request, CancellationToken cancellationToken) =>
        await office.ResolveAsync(request.ApplicationId, cancellationToken) is { } person
            ? new PersonErasurePlan(person.AnchorId, person.Name, await office.PlanAsync(person.Keys, cancellationToken))
            : null;
}

/// <summary>Not a command, for the same reason as the export: each module erases in its own transaction.</summary>
internal sealed class ErasePersonHandler(PersonalDataOffice office, PrivacyDbContext db, TimeProvider clock)
    : IRequestHandler<ErasePerson, IReadOnlyList<ErasureReport>?>
{
    public async Task<IReadOnlyList<ErasureReport>?> Handle(ErasePerson request, CancellationToken cancellationToken)
    {
        if (await office.ResolveAsync(request.ApplicationId, cancellationToken) is not { } person)
        {
            return null;
        }

        var reports = await office.EraseAsync(person.Keys, cancellationToken);
        await RequestRegister.AnswerAsync(db, person.AnchorId, PrivacyRequestKind.Erasure, request.ErasedBy, clock.GetUtcNow(),
            ProgrammeTime.Today(clock), PersonalDataOffice.Summarise(reports), cancellationToken);
        return reports;
    }
}

internal static class RequestRegister
{
    /// <summary>Closes the person's open request of this kind, or records one received and answered now (an admin
    /// acting on a request that reached them outside the app).</summary>
    public static async Task AnswerAsync(
        PrivacyDbContext db, Guid anchorId, PrivacyRequestKind kind, Guid by, DateTimeOffset now, DateOnly today, string outcome,
        CancellationToken cancellationToken)
    {
        var open = await db.Requests.FirstOrDefaultAsync(r => r.ApplicationId == anchorId && r.Kind == kind && r.DoneAt == null, cancellationToken);
        if (open is null)
        {
            open = PrivacyRequest.Receive(anchorId, kind, PrivacyRequestChannel.Staff, by, now, today);
            db.Requests.Add(open);
        }

        open.Complete(by, now, outcome);
        await db.SaveChangesAsync(cancellationToken);
    }
}
