using Bootcamp.Reporting.Contracts;
using Bootcamp.Reporting.Figures;
using Bootcamp.Reporting.Persistence;
using Bootcamp.Reporting.Resources;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Reporting.Sponsors;

internal sealed class CreateSponsorValidator : AbstractValidator<CreateSponsor>
{
    public CreateSponsorValidator() =>
        RuleFor(c => c.Name).NotEmpty().WithMessage(_ => ReportMessages.SponsorNameRequired).MaximumLength(SponsorConfiguration.NameLength);
}

internal sealed class RenameSponsorValidator : AbstractValidator<RenameSponsor>
{
    public RenameSponsorValidator() =>
        RuleFor(c => c.Name).NotEmpty().WithMessage(_ => ReportMessages.SponsorNameRequired).MaximumLength(SponsorConfiguration.NameLength);
}

internal sealed class AddSponsorshipValidator : AbstractValidator<AddSponsorship>
{
    public AddSponsorshipValidator()
    {
        RuleFor(c => c).Must(c => (c.SessionId is null) != (c.Year is null)).WithName("SessionId").WithMessage(_ => ReportMessages.SessionOrYear);
        RuleFor(c => c.Year).InclusiveBetween(2000, 2100).When(c => c.Year is not null);
    }
}

internal sealed class CreateSponsorHandler(ReportingDbContext db, TimeProvider clock) : IRequestHandler<CreateSponsor, Guid>
{
    public async Task<Guid> Handle(CreateSponsor request, CancellationToken cancellationToken)
    {
        var name = request.Name.Trim();
        await SponsorNames.EnsureFreeAsync(db, name, null, cancellationToken);
        var sponsor = new Sponsor { Id = Guid.CreateVersion7(), Name = name, CreatedAt = clock.GetUtcNow() };
        db.Sponsors.Add(sponsor);
        return sponsor.Id;
    }
}

internal sealed class RenameSponsorHandler(ReportingDbContext db) : IRequestHandler<RenameSponsor, Guid>
{
    public async Task<Guid> Handle(RenameSponsor request, CancellationToken cancellationToken)
    {
        var sponsor = await db.Sponsors.FirstOrDefaultAsync(s => s.Id == request.SponsorId, cancellationToken)
            ?? throw new NotFoundException(ReportMessages.SponsorNotFound);
        var name = request.Name.Trim();
        await SponsorNames.EnsureFreeAsync(db, name, sponsor.Id, cancellationToken);
        sponsor.Name = name;
        return sponsor.Id;
    }
}

internal static class SponsorNames
{
    public static async Task EnsureFreeAsync(ReportingDbContext db, string name, Guid? except, CancellationToken cancellationToken)
    {
        if (await db.Sponsors.AnyAsync(s => s.Name == name && s.Id != except, cancellationToken))
        {
            throw ValidationFailedException.For(nameof(CreateSponsor.Name), ReportMessages.SponsorNameTaken);
        }
    }
}

internal sealed class GetSponsorsHandler(ReportingDbContext db) : IRequestHandler<GetSponsors, IReadOnlyList<SponsorDto>>
{
    public async Task<IReadOnlyList<SponsorDto>> Handle(GetSponsors request, CancellationToken cancellationToken) =>
        await db.Sponsors.AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new SponsorDto(s.Id, s.Name, db.Sponsorships.Count(x => x.SponsorId == s.Id)))
            .ToListAsync(cancellationToken);
}

internal sealed class GetSponsorHandler(ReportingDbContext db) : IRequestHandler<GetSponsor, SponsorDetailsDto>
{
    public async Task<SponsorDetailsDto> Handle(GetSponsor request, CancellationToken cancellationToken)
    {
        var sponsor = await db.Sponsors.AsNoTracking().FirstOrDefaultAsync(s => s.Id == request.SponsorId, cancellationToken)
            ?? throw new NotFoundException(ReportMessages.SponsorNotFound);
        var sponsorships = await db.Sponsorships.AsNoTracking().Where(s => s.SponsorId == sponsor.Id)
            .OrderBy(s => s.Year).ThenBy(s => s.CreatedAt)
            .Select(s => new SponsorshipDto(s.Id, s.SponsorId, s.SessionId, s.Year))
            .ToListAsync(cancellationToken);
        return new SponsorDetailsDto(sponsor.Id, sponsor.Name, sponsorships);
    }
}

internal sealed class AddSponsorshipHandler(ReportingDbContext db, IMediator sender, TimeProvider clock) : IRequestHandler<AddSponsorship, Guid>
{
    public async Task<Guid> Handle(AddSponsorship request, CancellationToken cancellationToken)
    {
        if (!await db.Sponsors.AnyAsync(s => s.Id == request.SponsorId, cancellationToken))
        {
            throw new NotFoundException(ReportMessages.SponsorNotFound);
        }

        if (request.SessionId is { } sessionId)
        {
            // Throws NotFound for a session that does not exist: a sponsorship must point at something real.
            await sender.Send(new GetSession(sessionId), cancellationToken);
        }

        var existing = await db.Sponsorships.FirstOrDefaultAsync(
            s => s.SponsorId == request.SponsorId && s.SessionId == request.SessionId && s.Year == request.Year, cancellationToken);
        if (existing is not null)
        {
            return existing.Id;
        }

        var sponsorship = new Sponsorship
        {
            Id = Guid.CreateVersion7(), SponsorId = request.SponsorId, SessionId = request.SessionId, Year = request.Year,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Sponsorships.Add(sponsorship);
        return sponsorship.Id;
    }
}

internal sealed class RemoveSponsorshipHandler(ReportingDbContext db) : IRequestHandler<RemoveSponsorship, Guid>
{
    public async Task<Guid> Handle(RemoveSponsorship request, CancellationToken cancellationToken)
    {
        var sponsorship = await db.Sponsorships.FirstOrDefaultAsync(s => s.Id == request.SponsorshipId, cancellationToken)
            ?? throw new NotFoundException(ReportMessages.SponsorNotFound);
        db.Sponsorships.Remove(sponsorship);
        return sponsorship.SponsorId;
    }
}

internal sealed class GetSponsorFundingHandler(ReportingDbContext db, IMediator sender) : IRequestHandler<GetSponsorFunding, SponsorFundingDto>
{
    public async Task<SponsorFundingDto> Handle(GetSponsorFunding request, CancellationToken cancellationToken)
    {
        var sponsor = await db.Sponsors.AsNoTracking().FirstOrDefaultAsync(s => s.Id == request.SponsorId, cancellationToken)
            ?? throw new NotFoundException(ReportMessages.SponsorNotFound);
        var sessions = await Funding.SessionsOfAsync(db, sender, sponsor.Id, cancellationToken);
        var years = sessions.Select(s => s.StartDate.Year).Distinct().OrderDescending().ToList();
        return new SponsorFundingDto(sponsor.Id, sponsor.Name, years, [.. sessions.Select(Funding.ToFunded)]);
    }
}
