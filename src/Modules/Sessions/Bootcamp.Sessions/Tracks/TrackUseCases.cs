using Bootcamp.Sessions.Contracts;
using Bootcamp.Sessions.Persistence;
using Bootcamp.Sessions.Resources;
using Bootcamp.Shared.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Sessions.Tracks;

internal sealed class TrackDetailsValidator : AbstractValidator<TrackDetails>
{
    public TrackDetailsValidator(SessionsDbContext db, Guid? trackId)
    {
        RuleFor(d => d.NameFr).NotEmpty().WithMessage(_ => SessionsMessages.TrackNameFrRequired).MaximumLength(100)
            .MustAsync((name, ct) => NameFreeAsync(db, trackId, t => t.NameFr == name.Trim(), ct)).WithMessage(_ => SessionsMessages.TrackNameTaken);
        RuleFor(d => d.NameEn).NotEmpty().WithMessage(_ => SessionsMessages.TrackNameEnRequired).MaximumLength(100)
            .MustAsync((name, ct) => NameFreeAsync(db, trackId, t => t.NameEn == name.Trim(), ct)).WithMessage(_ => SessionsMessages.TrackNameTaken);
        RuleFor(d => d.DescriptionFr).MaximumLength(1000);
        RuleFor(d => d.DescriptionEn).MaximumLength(1000);
    }

    private static async Task<bool> NameFreeAsync(
        SessionsDbContext db, Guid? trackId, System.Linq.Expressions.Expression<Func<Track, bool>> sameName, CancellationToken ct) =>
        !await db.Tracks.Where(sameName).AnyAsync(t => trackId == null || t.Id != trackId, ct);
}

internal sealed class CreateTrackValidator : AbstractValidator<CreateTrack>
{
    public CreateTrackValidator(SessionsDbContext db) => RuleFor(c => c.Details).NotNull().SetValidator(new TrackDetailsValidator(db, null));
}

internal sealed class UpdateTrackValidator : AbstractValidator<UpdateTrack>
{
    public UpdateTrackValidator(SessionsDbContext db) =>
        RuleFor(c => c.Details).NotNull().SetValidator(c => new TrackDetailsValidator(db, c.TrackId));
}

internal sealed class CreateTrackHandler(SessionsDbContext db) : IRequestHandler<CreateTrack, Guid>
{
    public Task<Guid> Handle(CreateTrack request, CancellationToken cancellationToken)
    {
        var track = new Track { Id = Guid.CreateVersion7(), NameFr = "", NameEn = "" };
        TrackWriter.Apply(track, request.Details);
        db.Tracks.Add(track);
        return Task.FromResult(track.Id);
    }
}

internal sealed class UpdateTrackHandler(SessionsDbContext db) : IRequestHandler<UpdateTrack, Guid>
{
    public async Task<Guid> Handle(UpdateTrack request, CancellationToken cancellationToken)
    {
        var track = await db.Tracks.FirstOrDefaultAsync(t => t.Id == request.TrackId, cancellationToken)
            ?? throw new NotFoundException(SessionsMessages.TrackNotFound);
        TrackWriter.Apply(track, request.Details);
        track.IsActive = request.IsActive;
        return track.Id;
    }
}

internal sealed class GetTracksHandler(SessionsDbContext db) : IRequestHandler<GetTracks, IReadOnlyList<TrackDto>>
{
    public async Task<IReadOnlyList<TrackDto>> Handle(GetTracks request, CancellationToken cancellationToken)
    {
        var tracks = await db.Tracks.AsNoTracking()
            .Where(t => request.IncludeInactive || t.IsActive)
            .OrderBy(t => t.NameFr)
            .ToListAsync(cancellationToken);
        return [.. tracks.Select(t => t.ToDto())];
    }
}

internal static class TrackWriter
{
    public static void Apply(Track track, TrackDetails details)
    {
        track.NameFr = details.NameFr.Trim();
        track.NameEn = details.NameEn.Trim();
        track.DescriptionFr = string.IsNullOrWhiteSpace(details.DescriptionFr) ? null : details.DescriptionFr.Trim();
        track.DescriptionEn = string.IsNullOrWhiteSpace(details.DescriptionEn) ? null : details.DescriptionEn.Trim();
    }
}
