using Bootcamp.Attendance.Contracts;
using Bootcamp.Attendance.Persistence;
using Bootcamp.Attendance.Resources;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Attendance.Curriculum;

internal sealed class MilestoneDetailsValidator : AbstractValidator<MilestoneDetails>
{
    public MilestoneDetailsValidator()
    {
        RuleFor(d => d.NameFr).NotEmpty().WithMessage(_ => AttendanceMessages.MilestoneNameRequired)
            .MaximumLength(Milestone.MaxNameLength).WithMessage(_ => AttendanceMessages.MilestoneNameTooLong);
        RuleFor(d => d.NameEn).NotEmpty().WithMessage(_ => AttendanceMessages.MilestoneNameRequired)
            .MaximumLength(Milestone.MaxNameLength).WithMessage(_ => AttendanceMessages.MilestoneNameTooLong);
    }
}

internal sealed class AddMilestoneValidator : AbstractValidator<AddMilestone>
{
    public AddMilestoneValidator(AttendanceDbContext db, IMediator mediator)
    {
        RuleFor(c => c.Details).NotNull().SetValidator(new MilestoneDetailsValidator());
        RuleFor(c => c.TrackId)
            .MustAsync(async (id, ct) => (await mediator.Send(new GetTracks(IncludeInactive: true), ct)).Any(t => t.Id == id))
            .WithMessage(_ => AttendanceMessages.TrackUnknown);
        RuleFor(c => c.Details.IsCapstone)
            .MustAsync(async (c, capstone, ct) => !capstone || !await db.HasOtherCapstoneAsync(c.TrackId, null, ct))
            .When(c => c.Details is not null)
            .WithMessage(_ => AttendanceMessages.CapstoneTaken);
    }
}

internal sealed class AddMilestoneHandler(AttendanceDbContext db) : IRequestHandler<AddMilestone, Guid>
{
    public async Task<Guid> Handle(AddMilestone request, CancellationToken cancellationToken)
    {
        await db.LockAsync(request.TrackId, cancellationToken);
        var last = await db.Milestones.Where(m => m.TrackId == request.TrackId).MaxAsync(m => (int?)m.Position, cancellationToken) ?? 0;
        var milestone = new Milestone
        {
            Id = Guid.CreateVersion7(),
            TrackId = request.TrackId,
            Position = last + 1,
            NameFr = request.Details.NameFr.Trim(),
            NameEn = request.Details.NameEn.Trim(),
            IsCapstone = request.Details.IsCapstone,
        };
        db.Milestones.Add(milestone);
        await db.SaveCapstoneSafelyAsync(cancellationToken);
        return milestone.Id;
    }
}

internal sealed class UpdateMilestoneValidator : AbstractValidator<UpdateMilestone>
{
    public UpdateMilestoneValidator(AttendanceDbContext db)
    {
        RuleFor(c => c.Details).NotNull().SetValidator(new MilestoneDetailsValidator());
        RuleFor(c => c.Details.IsCapstone)
            .MustAsync(async (c, capstone, ct) =>
            {
                var track = await db.Milestones.Where(m => m.Id == c.MilestoneId).Select(m => (Guid?)m.TrackId).FirstOrDefaultAsync(ct);
                return !capstone || track is null || !await db.HasOtherCapstoneAsync(track.Value, c.MilestoneId, ct);
            })
            .When(c => c.Details is not null)
            .WithMessage(_ => AttendanceMessages.CapstoneTaken);
    }
}

internal sealed class UpdateMilestoneHandler(AttendanceDbContext db) : IRequestHandler<UpdateMilestone, Guid>
{
    public async Task<Guid> Handle(UpdateMilestone request, CancellationToken cancellationToken)
    {
        var milestone = await db.Milestones.FirstOrDefaultAsync(m => m.Id == request.MilestoneId, cancellationToken)
            ?? throw new NotFoundException(AttendanceMessages.MilestoneNotFound);
        milestone.NameFr = request.Details.NameFr.Trim();
        milestone.NameEn = request.Details.NameEn.Trim();
        milestone.IsCapstone = request.Details.IsCapstone;
        await db.SaveCapstoneSafelyAsync(cancellationToken);
        return milestone.Id;
    }
}

internal sealed class MoveMilestoneValidator : AbstractValidator<MoveMilestone>
{
    public MoveMilestoneValidator() =>
        RuleFor(c => c.Direction).Must(d => d is -1 or 1).WithMessage(_ => AttendanceMessages.DirectionInvalid);
}

/// <summary>Swaps places with the neighbour staff can see: archived milestones are skipped over (unless the moved one is
/// archived too), so one click always visibly moves it.</summary>
internal sealed class MoveMilestoneHandler(AttendanceDbContext db) : IRequestHandler<MoveMilestone, Guid>
{
    public async Task<Guid> Handle(MoveMilestone request, CancellationToken cancellationToken)
    {
        var trackId = await db.Milestones.Where(m => m.Id == request.MilestoneId).Select(m => (Guid?)m.TrackId).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(AttendanceMessages.MilestoneNotFound);
        await db.LockAsync(trackId, cancellationToken);
        var all = await db.Milestones.Where(m => m.TrackId == trackId).OrderBy(m => m.Position).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        // Renumber from 1 so gaps or ties left by earlier changes never make a swap a no-op.
        for (var i = 0; i < all.Count; i++)
        {
            all[i].Position = i + 1;
        }

        var moved = all.Single(m => m.Id == request.MilestoneId);
        var visible = all.Where(m => !m.IsArchived || moved.IsArchived).ToList();
        var index = visible.IndexOf(moved) + request.Direction;
        if (index >= 0 && index < visible.Count)
        {
            var other = visible[index];
            (moved.Position, other.Position) = (other.Position, moved.Position);
        }

        return moved.Id;
    }
}

internal sealed class ArchiveMilestoneHandler(AttendanceDbContext db) : IRequestHandler<ArchiveMilestone, Guid>
{
    public async Task<Guid> Handle(ArchiveMilestone request, CancellationToken cancellationToken)
    {
        var milestone = await db.Milestones.FirstOrDefaultAsync(m => m.Id == request.MilestoneId, cancellationToken)
            ?? throw new NotFoundException(AttendanceMessages.MilestoneNotFound);
        await db.LockAsync(milestone.TrackId, cancellationToken);
        if (!request.Archived && milestone.IsCapstone && await db.HasOtherCapstoneAsync(milestone.TrackId, milestone.Id, cancellationToken))
        {
            throw TrackCurriculum.CapstoneTaken();
        }

        milestone.IsArchived = request.Archived;
        await db.SaveCapstoneSafelyAsync(cancellationToken);
        return milestone.Id;
    }
}
