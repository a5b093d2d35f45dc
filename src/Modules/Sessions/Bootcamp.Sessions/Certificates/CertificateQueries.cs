using System.Globalization;
using Bootcamp.Sessions.Completion;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Sessions.Enrolment;
using Bootcamp.Sessions.Persistence;
using Bootcamp.Sessions.Resources;
using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.Links;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Sessions.Certificates;

/// <summary>Renders a certificate. An interface so that a test can count renders: a PDF is dear, and only a download
/// should cost one.</summary>
internal interface ICertificateRenderer
{
    /// <summary>The PDF of the participant's valid certificate; null when they did not complete or it was revoked.</summary>
    Task<CertificateFile?> RenderAsync(Participant participant, string? culture, CancellationToken cancellationToken);
}

/// <summary>Loads what a valid certificate states, and renders it.</summary>
internal sealed class CertificateRenderer(SessionsDbContext db, PublicLinks links) : ICertificateRenderer
{
    public async Task<CertificateFile?> RenderAsync(Participant participant, string? culture, CancellationToken cancellationToken)
    {
        if (await ValidCertificateAsync(db, participant.Id, cancellationToken) is not { } certificate)
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

    /// <summary>The certificate that stands: issued, not revoked, and its completion still Completed. The one rule both
    /// the download and the question "is there one?" answer by.</summary>
    internal static async Task<Certificate?> ValidCertificateAsync(SessionsDbContext db, Guid participantId, CancellationToken cancellationToken)
    {
        var certificate = await db.Certificates.AsNoTracking()
            .FirstOrDefaultAsync(c => c.ParticipantId == participantId && c.RevokedAt == null, cancellationToken);
        var completed = certificate is not null && await db.Completions.AsNoTracking()
            .AnyAsync(c => c.ParticipantId == participantId && c.Outcome == CompletionOutcome.Completed, cancellationToken);
        return completed ? certificate : null;
    }

    /// <summary>French (fr-CA) unless English is asked for: the programme's default language.</summary>
    internal static CultureInfo CultureFor(string? language) =>
        CultureInfo.GetCultureInfo(language?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? "en-CA" : "fr-CA");
}

internal sealed class GetCertificateHandler(SessionsDbContext db, ICertificateRenderer certificates) : IRequestHandler<GetCertificate, CertificateFile>
{
    public async Task<CertificateFile> Handle(GetCertificate request, CancellationToken cancellationToken)
    {
        var participant = await db.Participants.AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.ParticipantId, cancellationToken)
            ?? throw new NotFoundException(SessionsMessages.ParticipantNotFound);
        return await certificates.RenderAsync(participant, request.Culture, cancellationToken)
            ?? throw new NotFoundException(SessionsMessages.CertificateNotFound);
    }
}

internal sealed class FindCertificateForApplicationHandler(SessionsDbContext db, ICertificateRenderer certificates)
    : IRequestHandler<FindCertificateForApplication, CertificateFile?>
{
    public async Task<CertificateFile?> Handle(FindCertificateForApplication request, CancellationToken cancellationToken)
    {
        var participant = await db.Participants.AsNoTracking().FirstOrDefaultAsync(p => p.ApplicationId == request.ApplicationId, cancellationToken);
        return participant is null ? null : await certificates.RenderAsync(participant, request.Culture, cancellationToken);
    }
}

/// <summary>Answers from the rows alone, so the status page can offer the download without rendering it.</summary>
internal sealed class GetCertificateAvailabilityHandler(SessionsDbContext db)
    : IRequestHandler<GetCertificateAvailability, CertificateAvailability?>
{
    public async Task<CertificateAvailability?> Handle(GetCertificateAvailability request, CancellationToken cancellationToken)
    {
        var participantId = await db.Participants.AsNoTracking()
            .Where(p => p.ApplicationId == request.ApplicationId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (participantId is not { } id)
        {
            return null;
        }

        var certificate = await CertificateRenderer.ValidCertificateAsync(db, id, cancellationToken);
        return certificate is null ? null : new CertificateAvailability(CertificateCode.Format(certificate.Code));
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
