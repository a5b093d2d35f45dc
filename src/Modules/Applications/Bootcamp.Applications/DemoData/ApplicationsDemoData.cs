using Bootcamp.Shared;
using Bootcamp.Applications.Applying;
using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Persistence;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.DemoData;
using Bootcamp.Shared.Privacy;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Applications.DemoData;

/// <summary>
/// Every demo session gets an over-subscribed applicant pool (about 70 % newcomers). Sessions whose window has closed
/// went through selection; those that started have their confirmed participants enrolled. Written straight into the
/// module's tables because past sessions are outside their application window, which <c>Apply</c> rightly refuses.
/// </summary>
internal sealed class ApplicationsDemoData(ApplicationsDbContext db, IMediator mediator, SensitiveData sensitive, TimeProvider clock) : IDemoDataSeeder
{
    private static readonly string[] FirstNames =
    [
        "Amina", "Mohamed", "Olena", "Carlos", "Fatima", "Jean-Baptiste", "Mariam", "Yusuf", "Sofia", "Ahmad", "Grace", "Diego",
        "Nadia", "Samuel", "Leila", "Ibrahim", "Camille", "Oksana", "Kwame", "Lucía", "Rania", "Arjun", "Émilie", "Tariq",
    ];

    private static readonly string[] LastNames =
    [
        "Diallo", "Haddad", "Kovalenko", "Rodríguez", "Nasser", "Mbeki", "Tremblay", "Rahimi", "Nguyen", "Okafor", "Gagnon",
        "Hussein", "Petrenko", "Mendoza", "Abebe", "Côté", "Sharma", "Yilmaz", "Bouchard", "Mensah",
    ];

    private static readonly string[] Countries = ["Syrie", "Ukraine", "Colombie", "Haïti", "Afghanistan", "Nigeria", "Iran", "Érythrée", "Venezuela", "Congo (RDC)"];

    public int Order => 30;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Applications.AnyAsync(cancellationToken))
        {
            return;
        }

        var today = ProgrammeTime.Today(clock);
        var random = new Random(2026);
        var protector = sensitive.For(SensitiveProfile.Purpose);
        var page = 1;
        PagedResult<SessionSummaryDto> sessions;
        do
        {
            sessions = await mediator.Send(new GetSessions(page++, Paging.MaxPageSize), cancellationToken);
            foreach (var session in sessions.Items.Where(s => s.ApplicationOpensOn <= today))
            {
                AddApplicants(session, today, random, protector);
                await db.SaveChangesAsync(cancellationToken);
                if (today > session.ApplicationClosesOn)
                {
                    await mediator.Send(new CommitSelection(session.Id, Guid.Empty), cancellationToken);
                }

                if (today >= session.StartDate)
                {
                    await ConfirmAdmittedAsync(session.Id, random, cancellationToken);
                }
            }
        }
        while (sessions.HasNext);
    }

    private void AddApplicants(SessionSummaryDto session, DateOnly today, Random random, SensitiveProtector protector)
    {
        var windowEnd = today < session.ApplicationClosesOn ? today : session.ApplicationClosesOn;
        var windowDays = Math.Max(1, windowEnd.DayNumber - session.ApplicationOpensOn.DayNumber);
        var count = today < session.ApplicationClosesOn ? 20 + random.Next(15) : 45 + random.Next(30);
        for (var i = 0; i < count; i++)
        {
            var newcomer = random.NextDouble() < 0.72;
            var status = newcomer
                ? (ResidencyStatus)random.Next(0, 5)
                : random.NextDouble() < 0.6 ? ResidencyStatus.Citizen : ResidencyStatus.PermanentResident;
            var arrived = newcomer
                ? today.AddDays(-random.Next(60, 4 * 365))
                : today.AddYears(-6 - random.Next(25));
            var first = FirstNames[random.Next(FirstNames.Length)];
            var last = LastNames[random.Next(LastNames.Length)];
            var submitted = session.ApplicationOpensOn.AddDays(random.Next(windowDays)).ToDateTime(new TimeOnly(19, random.Next(60)), DateTimeKind.Utc);
            var eligible = random.NextDouble() < 0.88;
            var language = random.NextDouble() < 0.65 ? "fr-CA" : "en-CA";
            var application = new Application
            {
                Id = Guid.CreateVersion7(),
                SessionId = session.Id,
                Category = CategoryRule.Categorise(status, arrived, DateOnly.FromDateTime(submitted), new CategoryRuleOptions()),
                Status = eligible ? ApplicationStatus.Submitted : ApplicationStatus.Ineligible,
                FirstName = first,
                LastName = last,
                Email = $"{Ascii(first)}.{Ascii(last)}.{session.Id.ToString("N")[..6]}{i}@example.org",
                Phone = $"514-555-{random.Next(1000, 9999)}",
                PreferredLanguage = language,
                ProtectedProfile = protector.Protect(new SensitiveProfile(
                    status, arrived, random.NextDouble() < 0.93, null, "Baccalauréat", "Génie", newcomer ? Countries[random.Next(Countries.Length)] : "Canada",
                    random.Next(0, 15), "Comptabilité", "Un peu de HTML", "Français, anglais", "Travailler dans le numérique au Québec.", true,
                    random.NextDouble() < 0.3, null, "Organisme partenaire", "Le Centre des réfugiés", null, null)),
                IdempotencyKey = "demo-" + Guid.NewGuid().ToString("N"),
                Screening = today < session.ApplicationClosesOn && random.NextDouble() < 0.3
                    ? ScreeningState.Pending
                    : eligible ? ScreeningState.Eligible : ScreeningState.Ineligible,
                Score = eligible ? random.Next(40, 100) : null,
                IneligibleReason = eligible ? null : "Pas disponible le soir",
                SubmittedAt = submitted,
                UpdatedAt = submitted,
            };
            db.Applications.Add(application);
            foreach (var purpose in Enum.GetValues<ConsentPurpose>())
            {
                db.Consents.Add(new ConsentRecord
                {
                    Id = Guid.CreateVersion7(), ApplicationId = application.Id, Purpose = purpose, TextVersion = ApplyHandler.ConsentTextVersion,
                    Granted = purpose == ConsentPurpose.ProgrammeAdministration || random.NextDouble() < 0.85, RecordedAt = submitted,
                });
            }
        }
    }

    /// <summary>Most admitted people confirmed; the rest let the deadline pass.</summary>
    private async Task ConfirmAdmittedAsync(Guid sessionId, Random random, CancellationToken cancellationToken)
    {
        var admitted = await db.Applications.Where(a => a.SessionId == sessionId && a.Status == ApplicationStatus.Admitted).ToListAsync(cancellationToken);
        foreach (var a in admitted)
        {
            if (random.NextDouble() < 0.92)
            {
                a.Status = ApplicationStatus.Confirmed;
                db.Raise(new SeatConfirmed(a.Id, a.SessionId, a.Category, a.FirstName, a.LastName, a.Email, a.Phone, a.PreferredLanguage));
            }
            else
            {
                a.Status = ApplicationStatus.Released;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Ascii(string name) =>
        new string(name.Normalize(System.Text.NormalizationForm.FormD).Where(char.IsAsciiLetter).ToArray()).ToLowerInvariant();
}
