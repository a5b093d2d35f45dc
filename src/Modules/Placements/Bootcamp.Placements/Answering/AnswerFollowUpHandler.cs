using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.Persistence;
using Bootcamp.Placements.Recording;
using Bootcamp.Placements.Resources;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Placements.Answering;

/// <summary>
/// Records the answer on the wave (the last answer wins while the link is open) and, when the person works, their
/// placement as self-reported: the one this wave created, else the same job (same start date) already on file, else a
/// new one. A placement the director recorded or verified is never overwritten by a self-report.
/// </summary>
internal sealed class AnswerFollowUpHandler(PlacementsDbContext db, TimeProvider clock) : IRequestHandler<AnswerFollowUp, FollowUpFormDto>
{
    public async Task<FollowUpFormDto> Handle(AnswerFollowUp request, CancellationToken cancellationToken)
    {
        // The link first: a bad token says 404 whatever the answer holds.
        var (wave, person) = await FollowUpLinks.OpenAsync(db, request.Token, clock, track: true, cancellationToken);
        var answer = request.Answer ?? throw new ValidationFailedException();
        Validate(answer);

        var now = clock.GetUtcNow();
        wave.Status = FollowUpWaveStatus.Answered;
        wave.AnsweredAt = now;
        wave.AnsweredEmployed = answer.Employed;
        wave.AnsweredOutcome = answer.Outcome;
        wave.AnsweredStillSeeking = answer.StillSeeking;

        if (answer.Employed)
        {
            person.HoldsAJob();
            var details = new PlacementDetails(
                answer.Outcome, answer.Employer, answer.JobTitle, answer.StartDate!.Value, answer.InTechField ?? false,
                answer.EmploymentType ?? EmploymentType.FullTime, answer.SalaryBand);
            var placement = await db.Placements.FirstOrDefaultAsync(p => p.WaveId == wave.Id, cancellationToken)
                ?? await db.Placements.FirstOrDefaultAsync(p => p.PersonId == person.Id && p.StartDate == details.StartDate, cancellationToken);
            if (placement is null)
            {
                db.Placements.Add(NewSelfReported(person.Id, wave.Id, details, now));
            }
            else if (placement.Source == PlacementSource.SelfReported && placement.VerifiedAt is null)
            {
                placement.Apply(details);
                placement.WaveId = wave.Id;
                placement.UpdatedAt = now;
            }
        }
        else if (await db.Placements.FirstOrDefaultAsync(p => p.WaveId == wave.Id, cancellationToken) is { Source: PlacementSource.SelfReported, VerifiedAt: null } mistaken)
        {
            // A corrected answer on the same link: the job this wave reported was not one.
            db.Placements.Remove(mistaken);
        }

        return FollowUpLinks.ToForm(wave, person);
    }

    internal static Placement NewSelfReported(Guid personId, Guid waveId, PlacementDetails details, DateTimeOffset now)
    {
        var placement = new Placement { Id = Guid.CreateVersion7(), PersonId = personId, WaveId = waveId, Source = PlacementSource.SelfReported, RecordedAt = now };
        placement.Apply(details);
        return placement;
    }

    private static void Validate(FollowUpAnswer answer)
    {
        var errors = new Dictionary<string, string[]>();
        if (answer.Employed)
        {
            if (!answer.Outcome.IsPlaced())
            {
                errors[nameof(FollowUpAnswer.Outcome)] = [PlacementsMessages.OutcomeEmployedRequired];
            }

            if (answer.StartDate is null)
            {
                errors[nameof(FollowUpAnswer.StartDate)] = [PlacementsMessages.StartDateRequired];
            }
        }
        else if (answer.Outcome is not (OutcomeCode.StillSeeking or OutcomeCode.NotSeeking))
        {
            errors[nameof(FollowUpAnswer.Outcome)] = [PlacementsMessages.OutcomeNotEmployed];
        }

        if (answer.Employer?.Length > 200)
        {
            errors[nameof(FollowUpAnswer.Employer)] = [PlacementsMessages.TextTooLong];
        }

        if (answer.JobTitle?.Length > 200)
        {
            errors[nameof(FollowUpAnswer.JobTitle)] = [PlacementsMessages.TextTooLong];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }
    }
}
