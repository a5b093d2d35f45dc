using Bootcamp.Applications.Applying;
using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Applications.Messaging;

/// <summary>Who of a session may receive a message from the team. Asked when the message is composed (the preview's
/// counts) and again right before each mail is queued, so an erasure or a consent withdrawn in between is honoured.</summary>
internal sealed class GetApplicantsToContactHandler(ApplicationsDbContext db) : IRequestHandler<GetApplicantsToContact, ApplicantsToContactDto>
{
    public async Task<ApplicantsToContactDto> Handle(GetApplicantsToContact request, CancellationToken cancellationToken)
    {
        var statuses = request.Statuses.ToHashSet();
        var named = (request.ApplicationIds ?? []).ToHashSet();
        // A session holds hundreds of applications at most: the status filter runs here rather than on a converted column.
        var applications = (await db.Applications.AsNoTracking()
                .Where(a => a.SessionId == request.SessionId)
                .OrderBy(a => a.LastName).ThenBy(a => a.FirstName).ThenBy(a => a.Id)
                .ToListAsync(cancellationToken))
            .Where(a => statuses.Contains(a.Status) || named.Contains(a.Id))
            .ToList();

        var erased = applications.Where(a => a.IsAnonymised).Select(a => a.Id).ToList();
        var living = applications.Where(a => !a.IsAnonymised).ToList();
        // No line in force (withdrawn, or never recorded) is no consent: the programme may not write to them.
        var withoutConsent = (await ConsentLedger.NotInForceAsync(
            db, [.. living.Select(a => a.Id)], ConsentPurpose.ProgrammeAdministration, cancellationToken)).ToHashSet();
        var contactable = living.Where(a => !withoutConsent.Contains(a.Id))
            .Select(a => new ApplicantToContactDto(a.Id, a.FirstName, a.LastName, a.Email, a.PreferredLanguage, a.Status))
            .ToList();
        return new ApplicantsToContactDto(contactable, erased, [.. living.Where(a => withoutConsent.Contains(a.Id)).Select(a => a.Id)]);
    }
}
