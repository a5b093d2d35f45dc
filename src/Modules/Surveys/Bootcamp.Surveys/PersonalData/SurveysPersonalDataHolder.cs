using Bootcamp.Shared.Contracts.PersonalData;
using Bootcamp.Shared.Privacy;
using Bootcamp.Surveys.Answering;
using Bootcamp.Surveys.Contracts;
using Bootcamp.Surveys.InterviewNotes;
using Bootcamp.Surveys.Persistence;
using Microsoft.EntityFrameworkCore;
using Item = Bootcamp.Surveys.Contracts.SurveyPersonalData;

namespace Bootcamp.Surveys.PersonalData;

/// <summary>
/// What Surveys holds on a person (decisions/0018). The participant copy, the invitations and the rated or chosen answers
/// stay: the pre/post skill change and the response rates count them. Free-text answers and interview notes about the
/// person go; so do the invitations' token hashes (replaced, so no link ever sent opens anything). Session evaluations
/// are anonymous by design (no participant id) and are not theirs to describe.
/// </summary>
internal sealed class SurveysPersonalDataHolder(SurveysDbContext db, SensitiveData sensitive) : IPersonalDataHolder
{
    private static readonly HeldDataBuilder<Item> Lines = new("Surveys", i => SurveyLabels.PersonalData(i));

    public string Module => "Surveys";

    public async Task<HeldData> DescribeAsync(PersonKeys person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var ids = person.ParticipantIds.ToList();
        var held = new HeldDataBuilder<Item>(Module, i => SurveyLabels.PersonalData(i));
        foreach (var p in await db.Participants.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken))
        {
            held.Add(Item.Participant, (Item.Session, p.SessionId), (Item.FirstName, p.FirstName), (Item.LastName, p.LastName), (Item.Email, p.Email),
                (Item.PreferredLanguage, p.PreferredLanguage), (Item.WithdrawnOn, p.WithdrawnOn));
        }

        var invitations = await db.Invitations.AsNoTracking().Where(i => ids.Contains(i.ParticipantId)).OrderBy(i => i.SentAt).ToListAsync(cancellationToken);
        foreach (var i in invitations)
        {
            held.Add(Item.Invitation, (Item.Session, i.SessionId), (Item.Kind, i.Kind), (Item.SentAt, i.SentAt), (Item.ExpiresAt, i.ExpiresAt), (Item.AnsweredAt, i.AnsweredAt));
        }

        var invitationIds = invitations.Select(i => i.Id).ToList();
        var french = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr";
        var answers = await db.Answers.AsNoTracking().Where(a => invitationIds.Contains(a.InvitationId))
            .Join(db.Questions, a => a.QuestionId, q => q.Id, (a, q) => new { a, q }).ToListAsync(cancellationToken);
        foreach (var x in answers.OrderBy(x => x.a.InvitationId).ThenBy(x => x.q.Position))
        {
            var kind = invitations.First(i => i.Id == x.a.InvitationId).Kind;
            held.Add(Item.Answer, (Item.Kind, kind), (Item.Question, french ? x.q.TextFr : x.q.TextEn),
                (Item.Value, SurveyAnswers.Read(sensitive, x.q, x.a.Value)), (Item.UpdatedAt, x.a.UpdatedAt));
        }

        var notes = sensitive.For(NoteTexts.Purpose);
        foreach (var n in await db.InterviewNotes.AsNoTracking().Where(n => n.ParticipantId != null && ids.Contains(n.ParticipantId.Value)).ToListAsync(cancellationToken))
        {
            var text = notes.Unprotect<NoteTexts>(n.ProtectedNotes);
            held.Add(Item.InterviewNote, (Item.Session, n.SessionId),
                (Item.Notes, string.Join(Environment.NewLine, new[] { text.Structure, text.Curriculum, text.Suggestions }.Where(t => !string.IsNullOrWhiteSpace(t)))),
                (Item.WrittenAt, n.WrittenAt));
        }

        return held.Build(Item.Module);
    }

    public async Task<ErasureReport> PlanErasureAsync(PersonKeys person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var ids = await NotYetAnonymisedAsync(person, cancellationToken);
        return Report(
            ids.Count,
            await db.Invitations.CountAsync(i => ids.Contains(i.ParticipantId), cancellationToken),
            await FreeTextAnswers(person).CountAsync(cancellationToken),
            await Notes(person).CountAsync(cancellationToken),
            await db.CountInOutboxAsync(person.Mentions(), cancellationToken));
    }

    public async Task<ErasureReport> EraseAsync(PersonKeys person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var all = person.ParticipantIds.ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var participants = await db.Participants.Where(p => all.Contains(p.Id)).ToListAsync(cancellationToken);
        var ids = participants.Where(p => !p.IsAnonymised).Select(p => p.Id).ToList();
        var invitations = await db.Invitations.Where(i => ids.Contains(i.ParticipantId)).ToListAsync(cancellationToken);
        invitations.ForEach(i => i.ForgetToken());
        var anonymised = participants.Count(p => p.Anonymise());
        await db.SaveChangesAsync(cancellationToken);
        var answers = await FreeTextAnswers(person).ExecuteDeleteAsync(cancellationToken);
        var notes = await Notes(person).ExecuteDeleteAsync(cancellationToken);
        var outbox = await db.ForgetInOutboxAsync(person.Mentions(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Report(anonymised, invitations.Count, answers, notes, outbox);
    }

    private async Task<List<Guid>> NotYetAnonymisedAsync(PersonKeys person, CancellationToken cancellationToken)
    {
        var all = person.ParticipantIds.ToList();
        return [.. (await db.Participants.Where(p => all.Contains(p.Id)).Select(p => new { p.Id, p.Email }).ToListAsync(cancellationToken))
            .Where(p => !ErasedValues.IsErased(p.Email)).Select(p => p.Id)];
    }

    private IQueryable<Answer> FreeTextAnswers(PersonKeys person)
    {
        var ids = person.ParticipantIds.ToList();
        var invitations = db.Invitations.Where(i => ids.Contains(i.ParticipantId)).Select(i => i.Id);
        var freeText = db.Questions.Where(q => q.Type == QuestionType.FreeText).Select(q => q.Id);
        return db.Answers.Where(a => invitations.Contains(a.InvitationId) && freeText.Contains(a.QuestionId));
    }

    private IQueryable<InterviewNote> Notes(PersonKeys person)
    {
        var ids = person.ParticipantIds.ToList();
        return db.InterviewNotes.Where(n => n.ParticipantId != null && ids.Contains(n.ParticipantId.Value));
    }

    private ErasureReport Report(int participants, int invitations, int answers, int notes, int outbox) => new(Module,
    [
        Lines.Line(Item.Participant, ErasureEffect.Anonymised, participants),
        Lines.Line(Item.Invitation, ErasureEffect.Anonymised, invitations),
        Lines.Line(Item.Answer, ErasureEffect.Deleted, answers),
        Lines.Line(Item.InterviewNote, ErasureEffect.Deleted, notes),
        Lines.Line(Item.OutboxMessage, ErasureEffect.Deleted, outbox),
    ]) { ModuleLabel = Lines.ModuleLabel(Item.Module) };
}
