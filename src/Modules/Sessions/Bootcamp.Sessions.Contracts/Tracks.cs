using Bootcamp.Shared.Contracts;

namespace Bootcamp.Sessions.Contracts;

/// <summary>A curriculum track (Web &amp; mobile, JavaScript, Virtual reality, Data science), named in both languages.</summary>
public sealed record TrackDto(Guid Id, string NameFr, string NameEn, string? DescriptionFr, string? DescriptionEn, bool IsActive)
{
    public string Name(string culture) => culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? NameEn : NameFr;
}

public sealed record TrackDetails(string NameFr, string NameEn, string? DescriptionFr = null, string? DescriptionEn = null);

public sealed record CreateTrack(TrackDetails Details) : ICommand<Guid>;

public sealed record UpdateTrack(Guid TrackId, TrackDetails Details, bool IsActive) : ICommand<Guid>;

public sealed record GetTracks(bool IncludeInactive = false) : IQuery<IReadOnlyList<TrackDto>>;
