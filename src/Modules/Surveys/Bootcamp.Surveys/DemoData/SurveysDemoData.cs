using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared;
using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.DemoData;
using Bootcamp.Shared.Modules;
using Bootcamp.Shared.Outbox;
using Bootcamp.Shared.Privacy;
using Bootcamp.Surveys.Answering;
using Bootcamp.Surveys.Contracts;
using Bootcamp.Surveys.Evaluations;
using Bootcamp.Surveys.InterviewNotes;
using Bootcamp.Surveys.Invitations;
using Bootcamp.Surveys.Persistence;
using Bootcamp.Surveys.Questionnaires;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Surveys.DemoData;

/// <summary>
/// Survey results for the demo sessions. Ended sessions: most participants answered before and after with a plausible
/// improvement, some only before; evaluations with comments (the latest ended session stays under the anonymity
/// threshold, so the page shows both cases); a few interview notes. The running session: pre-survey invitations, some
/// answered, one started, the rest pending. Runs after the completion seeder (Order 50), once the outboxes are drained so
/// the participants and the invitations the events create are there. Written straight into the tables (the commands
/// rightly refuse answers dated in the past); a session that already has answers or evaluations is skipped, and the
/// random draws are seeded per session, so every start tells the same story and a second one adds nothing.
/// </summary>
internal sealed class SurveysDemoData(
    SurveysDbContext db, IMediator mediator, QuestionnaireStore questionnaires, InvitationSender sender, SensitiveData sensitive,
    OutboxDrain outboxes, TimeProvider clock) : IDemoDataSeeder
{
    private static readonly string[] Comments =
    [
        "Les formateurs étaient patients et disponibles, même après les cours.",
        "Le rythme était rapide pendant la troisième semaine : une séance de plus aurait aidé.",
        "J'ai adoré le projet final en équipe, c'est là que tout s'est mis en place.",
        "The evening schedule made it possible for me to keep my day job. Thank you!",
        "More time on Git would help; merge conflicts were stressful at first.",
        "Le local était parfois bruyant, mais l'ambiance était excellente.",
        "The mentors' mock interviews were the most useful part for me.",
        "Il faudrait plus d'exercices entre les cours pour pratiquer.",
    ];

    private static readonly (string Structure, string Curriculum, string Suggestions)[] Interviews =
    [
        ("Deux soirs par semaine, c'est le bon rythme avec un emploi de jour.", "Le passage des exercices au premier vrai projet est arrivé trop vite.", "Ajouter une séance de révision avant le projet final."),
        ("The capstone weeks felt rushed.", "Git and GitHub were explained well, with real practice.", "Invite alumni who found jobs to speak in week 3."),
        ("", "Plus d'exemples tirés d'offres d'emploi réelles.", "Un canal d'entraide entre participants dès la première semaine."),
    ];

    public int Order => 60;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await outboxes.DrainAsync(cancellationToken);
        var today = ProgrammeTime.Today(clock);
        var sessions = new List<SessionSummaryDto>();
        var page = 1;
        PagedResult<SessionSummaryDto> batch;
        do
        {
            batch = await mediator.Send(new GetSessions(page++, Paging.MaxPageSize), cancellationToken);
            sessions.AddRange(batch.Items);
        }
        while (batch.HasNext);

        var ended = sessions.Where(s => s.EndDate < today).OrderBy(s => s.StartDate).ThenBy(s => s.Title, StringComparer.Ordinal).ToList();
        for (var i = 0; i < ended.Count; i++)
        {
            // The latest ended session is the one under the threshold: few answers came in yet.
            await SeedEndedAsync(ended[i], fewEvaluations: i == ended.Count - 1, cancellationToken);
        }

        foreach (var running in sessions.Where(s => s.StartDate <= today && s.EndDate >= today))
        {
            await SeedRunningAsync(running, today, cancellationToken);
        }

        if (ended.Count > 0)
        {
            await SeedInterviewNotesAsync(ended[^1], cancellationToken);
        }
    }

    private async Task<bool> AlreadySeededAsync(Guid sessionId, CancellationToken cancellationToken) =>
        await db.Evaluations.AnyAsync(e => e.SessionId == sessionId, cancellationToken)
        || await db.Answers.AnyAsync(a => db.Invitations.Any(i => i.Id == a.InvitationId && i.SessionId == sessionId), cancellationToken);

    private async Task<List<SurveyParticipant>> ParticipantsAsync(Guid sessionId, CancellationToken cancellationToken) =>
        (await db.Participants.Where(p => p.SessionId == sessionId).ToListAsync(cancellationToken))
        .OrderBy(p => p.LastName, StringComparer.Ordinal).ThenBy(p => p.FirstName, StringComparer.Ordinal).ThenBy(p => p.Email, StringComparer.Ordinal)
        .ToList();

    private async Task SeedEndedAsync(SessionSummaryDto session, bool fewEvaluations, CancellationToken cancellationToken)
    {
        var people = await ParticipantsAsync(session.Id, cancellationToken);
        if (people.Count == 0 || await AlreadySeededAsync(session.Id, cancellationToken))
        {
            return;
        }

        var random = new Random(session.StartDate.DayNumber);
        var preQuestions = await questionnaires.CurrentAsync(session.Track.Id, SurveyKind.PreProgramme, cancellationToken);
        var postQuestions = await questionnaires.CurrentAsync(session.Track.Id, SurveyKind.PostProgramme, cancellationToken);
        var invitations = await db.Invitations.Where(i => i.SessionId == session.Id).ToListAsync(cancellationToken);
        var preSent = At(session.StartDate.AddDays(-7), 18);

        foreach (var person in people)
        {
            // Enrolled after the session had ended (the demo is created today), so nobody mailed them a pre-survey:
            // the demo gives them the one they would have had.
            var pre = invitations.FirstOrDefault(i => i.ParticipantId == person.Id && i.Kind == SurveyKind.PreProgramme)
                ?? AddInvitation(person, SurveyKind.PreProgramme, preQuestions.Id, preSent, sender.ExpiryFor(SurveyKind.PreProgramme, session.EndDate, preSent));
            if (random.NextDouble() >= 0.9)
            {
                continue;
            }

            var baseline = random.Next(1, 3);
            var ratings = preQuestions.Questions.Where(q => q.Type == QuestionType.SkillRating)
                .ToDictionary(q => q.SkillArea!, _ => Math.Clamp(baseline + random.Next(-1, 2), 1, 5), StringComparer.Ordinal);
            Answer(pre, preQuestions, ratings, knowledge: 0.35, employed: false, random, pre.SentAt.AddDays(random.Next(1, 4)));

            var post = invitations.FirstOrDefault(i => i.ParticipantId == person.Id && i.Kind == SurveyKind.PostProgramme);
            if (post is null || random.NextDouble() >= 0.8)
            {
                continue; // only the pre-survey: counted in the response rate, not in the change
            }

            var after = ratings.ToDictionary(r => r.Key, r => Math.Min(5, r.Value + random.Next(0, 4)), StringComparer.Ordinal);
            Answer(post, postQuestions, after, knowledge: 0.8, employed: random.NextDouble() < 0.35, random,
                Min(post.SentAt.AddDays(random.Next(1, 6)), clock.GetUtcNow()));
        }

        var evaluationInvitations = invitations.Where(i => i.Kind == SurveyKind.SessionEvaluation).OrderBy(i => i.Id).ToList();
        var answering = fewEvaluations ? Math.Min(3, evaluationInvitations.Count) : (int)Math.Ceiling(evaluationInvitations.Count * 0.75);
        for (var i = 0; i < answering; i++)
        {
            var invitation = evaluationInvitations[i];
            var day = DateOnly.FromDateTime(ProgrammeTime.Local(Min(invitation.SentAt.AddDays(random.Next(0, 5)), clock.GetUtcNow())).DateTime);
            var comment = random.NextDouble() < 0.7 ? Comments[random.Next(Comments.Length)] : null;
            db.Evaluations.Add(new SessionEvaluation
            {
                Id = Guid.NewGuid(),
                SessionId = session.Id,
                SubmittedOn = day,
                Structure = random.Next(3, 6),
                Curriculum = random.Next(3, 6),
                Instructors = random.Next(4, 6),
                Pace = random.Next(2, 6),
                Support = random.Next(3, 6),
                Comment = comment is null ? null : sensitive.For(SubmitEvaluationHandler.Purpose).Protect(comment),
            });
            invitation.StartedAt = invitation.AnsweredAt = At(day, 0);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedRunningAsync(SessionSummaryDto session, DateOnly today, CancellationToken cancellationToken)
    {
        if (await AlreadySeededAsync(session.Id, cancellationToken))
        {
            return;
        }

        var random = new Random(session.StartDate.DayNumber);
        var people = await ParticipantsAsync(session.Id, cancellationToken);
        var invitations = await db.Invitations
            .Where(i => i.SessionId == session.Id && i.Kind == SurveyKind.PreProgramme && i.QuestionnaireId != null)
            .ToDictionaryAsync(i => i.ParticipantId, cancellationToken);
        var startedOne = false;
        foreach (var person in people.Where(p => invitations.ContainsKey(p.Id)))
        {
            var invitation = invitations[person.Id];
            var questionnaire = await questionnaires.GetAsync(invitation.QuestionnaireId!.Value, cancellationToken);
            var roll = random.NextDouble();
            if (roll < 0.6)
            {
                var baseline = random.Next(1, 3);
                var ratings = questionnaire.Questions.Where(q => q.Type == QuestionType.SkillRating)
                    .ToDictionary(q => q.SkillArea!, _ => Math.Clamp(baseline + random.Next(-1, 2), 1, 5), StringComparer.Ordinal);
                Answer(invitation, questionnaire, ratings, knowledge: 0.4, employed: false, random, Min(invitation.SentAt.AddHours(random.Next(2, 48)), clock.GetUtcNow()));
            }
            else if (!startedOne)
            {
                // Someone who began on their phone and has not come back: shows "started" on the staff page.
                startedOne = true;
                var first = questionnaire.Questions.OrderBy(q => q.Position).First(q => q.Type == QuestionType.SkillRating);
                var now = Min(invitation.SentAt.AddHours(3), clock.GetUtcNow());
                db.Answers.Add(new Answer { Id = Guid.CreateVersion7(now), InvitationId = invitation.Id, QuestionId = first.Id, Value = "2", UpdatedAt = now });
                invitation.StartedAt = now;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedInterviewNotesAsync(SessionSummaryDto session, CancellationToken cancellationToken)
    {
        if (await db.InterviewNotes.AnyAsync(cancellationToken))
        {
            return;
        }

        var staff = (await mediator.Send(new GetTeamMembers("Staff"), cancellationToken)).OrderBy(m => m.Email, StringComparer.Ordinal).FirstOrDefault();
        if (staff is null)
        {
            return;
        }

        var roster = (await ParticipantsAsync(session.Id, cancellationToken)).Where(p => !p.IsWithdrawn).ToList();
        for (var i = 0; i < Interviews.Length; i++)
        {
            var writtenAt = At(session.EndDate.AddDays(10 + i), 14);
            db.InterviewNotes.Add(new InterviewNote
            {
                Id = Guid.CreateVersion7(writtenAt),
                SessionId = session.Id,
                ParticipantId = i < roster.Count && i < 2 ? roster[i].Id : null,
                ProtectedNotes = sensitive.For(NoteTexts.Purpose).Protect(new NoteTexts(Interviews[i].Structure, Interviews[i].Curriculum, Interviews[i].Suggestions)),
                WrittenBy = staff.Id,
                WrittenAt = Min(writtenAt, clock.GetUtcNow()),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private Invitation AddInvitation(SurveyParticipant person, SurveyKind kind, Guid questionnaireId, DateTimeOffset sentAt, DateTimeOffset expiresAt)
    {
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(sentAt),
            ParticipantId = person.Id,
            SessionId = person.SessionId,
            Kind = kind,
            QuestionnaireId = questionnaireId,
            // A link nobody was sent: it exists only so the invitation has a unique hash.
            TokenHash = SensitiveData.HashToken(SensitiveData.NewToken()),
            LinkNumber = 1,
            SentAt = sentAt,
            ExpiresAt = expiresAt,
        };
        db.Invitations.Add(invitation);
        return invitation;
    }

    private void Answer(
        Invitation invitation, Questionnaire questionnaire, Dictionary<string, int> ratings, double knowledge, bool employed, Random random, DateTimeOffset at)
    {
        foreach (var question in questionnaire.Questions.OrderBy(q => q.Position))
        {
            string? value = question.Type switch
            {
                QuestionType.SkillRating => ratings.TryGetValue(question.SkillArea!, out var r) ? r.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
                QuestionType.Knowledge => random.NextDouble() < knowledge ? question.CorrectChoice : question.Choices[random.Next(question.Choices.Count)].Key,
                QuestionType.EmploymentChoice => employed ? (random.NextDouble() < 0.7 ? "employed-tech" : "employed-other")
                    : question.Choices.Any(c => c.Key == "seeking") ? "seeking" : question.Choices[0].Key,
                QuestionType.EmploymentNumber => (employed ? random.Next(1, 3) : random.Next(0, 2)).ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => random.NextDouble() < 0.3 ? "Trouver un emploi dans mon nouveau domaine." : null,
            };
            if (value is not null)
            {
                db.Answers.Add(new Answer
                {
                    Id = Guid.CreateVersion7(at),
                    InvitationId = invitation.Id,
                    QuestionId = question.Id,
                    Value = SurveyAnswers.Store(sensitive, question, value),
                    UpdatedAt = at,
                });
            }
        }

        invitation.StartedAt = at;
        invitation.AnsweredAt = at;
    }

    private static DateTimeOffset At(DateOnly day, int hour) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, 0)), ProgrammeTime.Zone), TimeSpan.Zero);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
