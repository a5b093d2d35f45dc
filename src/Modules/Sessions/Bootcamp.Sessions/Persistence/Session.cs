using Bootcamp.Sessions.Contracts;

namespace Bootcamp.Sessions.Persistence;

internal sealed class Session
{
    public Guid Id { get; set; }
    public Guid TrackId { get; set; }
    public Track? Track { get; set; }
    public required string Title { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public bool AllowUnusualLength { get; set; }
    public required DayOfWeek[] Days { get; set; }
    public TimeOnly StartsAt { get; set; }
    public TimeOnly EndsAt { get; set; }
    public DeliveryMode Delivery { get; set; }
    public string? Location { get; set; }
    public string? OnlineLink { get; set; }
    public int Capacity { get; set; }
    public int NewcomerSharePercent { get; set; }
    public DateOnly ApplicationOpensOn { get; set; }
    public DateOnly ApplicationClosesOn { get; set; }
    public string? ChatChannelUrl { get; set; }
    public Guid[] InstructorIds { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the completion job decided every participant's outcome; null until then.</summary>
    public DateTimeOffset? CompletionDecidedAt { get; set; }

    /// <summary>PostgreSQL's xmin: changes on every update, so two editors cannot overwrite each other.</summary>
    public uint Version { get; set; }

    public void Apply(SessionDetails details)
    {
        TrackId = details.TrackId;
        Title = details.Title.Trim();
        StartDate = details.StartDate;
        EndDate = details.EndDate;
        AllowUnusualLength = details.AllowUnusualLength;
        Days = [.. details.Days.Distinct().Order()];
        StartsAt = details.StartsAt;
        EndsAt = details.EndsAt;
        Delivery = details.Delivery;
        Location = Clean(details.Location);
        OnlineLink = Clean(details.OnlineLink);
        Capacity = details.Capacity;
        NewcomerSharePercent = details.NewcomerSharePercent;
        ApplicationOpensOn = details.ApplicationOpensOn;
        ApplicationClosesOn = details.ApplicationClosesOn;
        ChatChannelUrl = Clean(details.ChatChannelUrl);
        InstructorIds = [.. details.InstructorIds.Distinct()];
    }

    public SessionDetails ToDetails() => new()
    {
        TrackId = TrackId,
        Title = Title,
        StartDate = StartDate,
        EndDate = EndDate,
        AllowUnusualLength = AllowUnusualLength,
        Days = Days,
        StartsAt = StartsAt,
        EndsAt = EndsAt,
        Delivery = Delivery,
        Location = Location,
        OnlineLink = OnlineLink,
        Capacity = Capacity,
        NewcomerSharePercent = NewcomerSharePercent,
        ApplicationOpensOn = ApplicationOpensOn,
        ApplicationClosesOn = ApplicationClosesOn,
        ChatChannelUrl = ChatChannelUrl,
        InstructorIds = InstructorIds,
    };

    /// <summary>One instructor hands the session to another; the successor is not listed twice when already teaching it.</summary>
    public void ReplaceInstructor(Guid from, Guid to, DateTimeOffset now)
    {
        InstructorIds = [.. InstructorIds.Select(id => id == from ? to : id).Distinct()];
        UpdatedAt = now;
    }

    public SessionScheduled Scheduled() => new(Id, StartDate, EndDate, Days, StartsAt, EndsAt);

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

internal sealed class Track
{
    public Guid Id { get; set; }
    public required string NameFr { get; set; }
    public required string NameEn { get; set; }
    public string? DescriptionFr { get; set; }
    public string? DescriptionEn { get; set; }
    public bool IsActive { get; set; } = true;

    public TrackDto ToDto() => new(Id, NameFr, NameEn, DescriptionFr, DescriptionEn, IsActive);
}
