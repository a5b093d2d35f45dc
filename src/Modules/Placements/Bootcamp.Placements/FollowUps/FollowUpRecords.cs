using Bootcamp.Shared.Contracts.PersonalData;
using Bootcamp.Placements.Resources;
using Bootcamp.Shared.Contracts;
using Bootcamp.Placements.Contracts;
using Bootcamp.Shared.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bootcamp.Placements.FollowUps;

/// <summary>Placements' own copy of a completer, taken from <c>SessionCompleted</c>: the follow-ups must reach them months
/// later without asking Sessions, and the dashboard counts them.</summary>
internal sealed class FollowUpPerson
{
    public Guid Id { get; set; }
    public Guid ParticipantId { get; set; }
    public Guid ApplicationId { get; set; }
    public Guid SessionId { get; set; }
    [PersonalData]
    public required string FirstName { get; set; }
    [PersonalData]
    public required string LastName { get; set; }
    [PersonalData]
    public required string Email { get; set; }
    public required string PreferredLanguage { get; set; }
    public DateOnly SessionEndDate { get; set; }

    /// <summary>The application's answer when the person is first followed; the placement director may correct it (a
    /// permit granted since, say). Null: unknown. A recorded job settles it: see <see cref="HoldsAJob"/>.</summary>
    public bool? AuthorisedToWork { get; set; }

    public DateTimeOffset? ConsentWithdrawnAt { get; set; }

    /// <summary>Set when an override made them a non-completer after the fact: no more follow-ups, not counted.</summary>
    public DateTimeOffset? RemovedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>A job recorded for them, by the director or in their own answer, is proof they may work here (a permit
    /// came since the application); otherwise the employment rate would count a job outside its own population.</summary>
    public void HoldsAJob() => AuthorisedToWork = true;

    /// <summary>Erased but counted (decisions/0018): the employment figures count this completer by session, end date,
    /// work authorisation and consent, so the row stays without name or address. False when it already was.</summary>
    public bool Anonymise()
    {
        if (IsAnonymised)
        {
            return false;
        }

        FirstName = "";
        LastName = "";
        Email = ErasedValues.Email();
        return true;
    }

    public bool IsAnonymised => ErasedValues.IsErased(Email);

    /// <summary>The director's correction. "Not authorised" cannot stand beside a job on record: the job is removed or
    /// corrected first.</summary>
    public void SetWorkAuthorisation(bool? authorised, bool hasPlacement)
    {
        if (authorised == false && hasPlacement)
        {
            throw new ConflictException(PlacementsMessages.NotAuthorisedButPlaced);
        }

        AuthorisedToWork = authorised;
    }
}

internal sealed class FollowUpWave
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public int Number { get; set; }
    public int OffsetMonths { get; set; }
    public DateOnly DueOn { get; set; }

    /// <summary>The first Montréal day the wave no longer accepts an answer: the next wave's due date, or due + 30 days for
    /// the last one. Unanswered by then, it is non-reporting.</summary>
    public DateOnly ClosesOn { get; set; }

    public FollowUpWaveStatus Status { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public DateTimeOffset? ReminderSentAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public bool? AnsweredEmployed { get; set; }
    public OutcomeCode? AnsweredOutcome { get; set; }
    public bool? AnsweredStillSeeking { get; set; }

    /// <summary>Someone to chase: sent at least <paramref name="reminderAfter"/> ago (the reminder is due or went out),
    /// unanswered, and still open. The director's dashboard lists them and their home counts them.</summary>
    public bool AwaitsChase(DateTimeOffset now, DateOnly today, TimeSpan reminderAfter) =>
        Status == FollowUpWaveStatus.Sent && SentAt <= now - reminderAfter && ClosesOn > today;
}

/// <summary>A private survey link: only the SHA-256 of the token is kept. The invitation and the reminder each carry one.</summary>
internal sealed class FollowUpLink
{
    [PersonalData]
    public required byte[] TokenHash { get; set; }
    public Guid WaveId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal enum DispatchKind
{
    Invitation,
    Reminder,
}

/// <summary>The claim that makes a send happen once: inserted with ON CONFLICT DO NOTHING in the transaction that queues
/// the mail, so whoever inserts it sends, and a rollback (crash) releases it with the mail.</summary>
internal sealed class FollowUpDispatch
{
    public Guid WaveId { get; set; }
    public DispatchKind Kind { get; set; }
    public DateTimeOffset ClaimedAt { get; set; }
}

internal sealed class FollowUpConfiguration :
    IEntityTypeConfiguration<FollowUpPerson>, IEntityTypeConfiguration<FollowUpWave>, IEntityTypeConfiguration<FollowUpLink>,
    IEntityTypeConfiguration<FollowUpDispatch>
{
    public void Configure(EntityTypeBuilder<FollowUpPerson> builder)
    {
        builder.ToTable("follow_up_people");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => p.ParticipantId).IsUnique();
        builder.HasIndex(p => p.ApplicationId);
        builder.HasIndex(p => new { p.SessionId, p.SessionEndDate });
        builder.Property(p => p.FirstName).HasMaxLength(100);
        builder.Property(p => p.LastName).HasMaxLength(100);
        builder.Property(p => p.Email).HasMaxLength(254);
        builder.Property(p => p.PreferredLanguage).HasMaxLength(10);
    }

    public void Configure(EntityTypeBuilder<FollowUpWave> builder)
    {
        builder.ToTable("follow_up_waves");
        builder.HasKey(w => w.Id);
        builder.HasIndex(w => new { w.PersonId, w.Number }).IsUnique();
        builder.HasIndex(w => new { w.Status, w.DueOn });
        builder.Property(w => w.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(w => w.AnsweredOutcome).HasConversion<string>().HasMaxLength(40);
        builder.HasOne<FollowUpPerson>().WithMany().HasForeignKey(w => w.PersonId);
    }

    public void Configure(EntityTypeBuilder<FollowUpLink> builder)
    {
        builder.ToTable("follow_up_links");
        builder.HasKey(l => l.TokenHash);
        builder.HasIndex(l => l.WaveId);
        builder.HasOne<FollowUpWave>().WithMany().HasForeignKey(l => l.WaveId);
    }

    public void Configure(EntityTypeBuilder<FollowUpDispatch> builder)
    {
        builder.ToTable("follow_up_dispatches");
        builder.HasKey(d => new { d.WaveId, d.Kind });
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<FollowUpWave>().WithMany().HasForeignKey(d => d.WaveId);
    }
}
