using System.Globalization;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Sessions.Enrolment;
using Bootcamp.Sessions.Persistence;
using Bootcamp.Sessions.Resources;
using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.Links;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Sessions.Certificates;

/// <summary>Loads what a valid certificate states, and renders it.</summary>
internal sealed class CertificateRenderer(SessionsDbContext db, PublicLinks links)
{
    /// <summary>The PDF of the participant's valid certificate; null when they did not complete or it was revoked.</summary>
    public async Task<CertificateFile?> RenderAsync(Participant participant, string? culture, CancellationToken cancellationToken)
    {
        var certificate = await db.Certificates.AsNoTracking()
            .FirstOrDefaultAsync(c => c.ParticipantId == participant.Id && c.RevokedAt == null, cancellationToken);
        var completed = await db.Completions.AsNoTracking()
            .AnyAsync(c => c.ParticipantId == participant.Id && c.Outcome == CompletionOutcome.Completed, cancellationToken);
        if (certificate is null || !completed)
        {
            return null;
        }

        var session = await db.Sessions.AsNoTracking().Include(s => s.Track).FirstAsync(s => s.Id == participant.SessionId, cancellationToken);
        var language = CultureFor(culture ?? participant.PreferredLanguage);
        var code = CertificateCode.Format(certificate.Code);
        var content = new CertificateContent(
            $"{participant.FirstName} {participant.LastName}", session.Track!.ToDto().Name(language.Name), session.Title,
            session.StartDate, session.EndDate, certificate.IssuedAt, code);
        var pdf = CertificateDocument.Render(content, language, links.To($"/verify/{code}").AbsoluteUri);
        var prefix = SessionsMessages.ResourceManager.GetString(nameof(SessionsMessages.CertificateFileName), language) ?? "certificate";
        return new CertificateFile(pdf, $"{prefix}-{code}.pdf");
    }

    /// <summary>French (fr-CA) unless English is asked for: the programme's default language.</summary>
    internal static CultureInfo CultureFor(string? language) =>
        CultureInfo.GetCultureInfo(language?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? "en-CA" : "fr-CA");
}

internal sealed class GetCertificateHandler(SessionsDbContext db, CertificateRenderer certificates) : IRequestHandler<GetCertificate, CertificateFile>
{
    public async Task<CertificateFile> Handle(GetCertificate request, CancellationToken cancellationToken)
    {
        var participant = await db.Participants.AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.ParticipantId, cancellationToken)
            ?? throw new NotFoundException(SessionsMessages.ParticipantNotFound);
        return await certificates.RenderAsync(participant, request.Culture, cancellationToken)
            ?? throw new NotFoundException(SessionsMessages.CertificateNotFound);
    }
}

internal sealed class FindCertificateForApplicationHandler(SessionsDbContext db, CertificateRenderer certificates)
    : IRequestHandler<FindCertificateForApplication, CertificateFile?>
{
    public async Task<CertificateFile?> Handle(FindCertificateForApplication request, CancellationToken cancellationToken)
    {
        var participant = await db.Participants.AsNoTracking().FirstOrDefaultAsync(p => p.ApplicationId == request.ApplicationId, cancellationToken);
        return participant is null ? null : await certificates.RenderAsync(participant, request.Culture, cancellationToken);
    }
}

/// <summary>The public check of a code: what the certificate says and whether it still stands; null for an unknown code.</summary>
internal sealed class VerifyCertificateHandler(SessionsDbContext db) : IRequestHandler<VerifyCertificate, CertificateVerificationDto?>
{
    public async Task<CertificateVerificationDto?> Handle(VerifyCertificate request, CancellationToken cancellationToken)
    {
        if (CertificateCode.TryNormalise(request.Code) is not { } code)
        {
            return null;
        }

        var found = await (
                from c in db.Certificates.AsNoTracking()
                join p in db.Participants.AsNoTracking() on c.ParticipantId equals p.Id
                join s in db.Sessions.AsNoTracking() on p.SessionId equals s.Id
                join t in db.Tracks.AsNoTracking() on s.TrackId equals t.Id
                where c.Code == code
                select new { Certificate = c, Participant = p, Session = s, Track = t })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        return new CertificateVerificationDto(
            CertificateCode.Format(found.Certificate.Code), $"{found.Participant.FirstName} {found.Participant.LastName}",
            found.Session.Title, found.Track.ToDto(), found.Session.StartDate, found.Session.EndDate, found.Certificate.IssuedAt,
            found.Certificate.RevokedAt is null);
    }
}
