using Bootcamp.Shared.Contracts;

namespace Bootcamp.Reporting.Contracts;

/// <summary>An organisation that funds sessions (TD, SAP, GitHub…). Its users hold the Sponsor role and its id.</summary>
public sealed record SponsorDto(Guid Id, string Name, int Sponsorships);

/// <summary>What a sponsor funds: one session, or every session starting in a programme year.</summary>
public sealed record SponsorshipDto(Guid Id, Guid SponsorId, Guid? SessionId, int? Year);

public sealed record SponsorDetailsDto(Guid Id, string Name, IReadOnlyList<SponsorshipDto> Sponsorships);

public sealed record CreateSponsor(string Name) : ICommand<Guid>;

public sealed record RenameSponsor(Guid SponsorId, string Name) : ICommand<Guid>;

public sealed record GetSponsors : IQuery<IReadOnlyList<SponsorDto>>;

public sealed record GetSponsor(Guid SponsorId) : IQuery<SponsorDetailsDto>;

/// <summary>Links a sponsor to one session or to a year (exactly one of the two).</summary>
public sealed record AddSponsorship(Guid SponsorId, Guid? SessionId, int? Year) : ICommand<Guid>;

public sealed record RemoveSponsorship(Guid SponsorshipId) : ICommand<Guid>;

/// <summary>A session as reports show it: no people, only the offer.</summary>
public sealed record FundedSessionDto(
    Guid SessionId, string Title, string TrackNameFr, string TrackNameEn, DateOnly StartDate, DateOnly EndDate, int Seats)
{
    public string TrackName(string culture) => culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? TrackNameEn : TrackNameFr;
}

/// <summary>The portal's landing page: what the sponsor funded, to pick a report from.</summary>
public sealed record GetSponsorFunding(Guid SponsorId) : IQuery<SponsorFundingDto>;

/// <param name="Years">Programme years (of session start) with at least one funded session.</param>
public sealed record SponsorFundingDto(Guid SponsorId, string Name, IReadOnlyList<int> Years, IReadOnlyList<FundedSessionDto> Sessions);
