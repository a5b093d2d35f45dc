using Bootcamp.Attendance.Persistence;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.DemoData;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Attendance.DemoData;

/// <summary>
/// Each demo track's own curriculum, in place before anyone enrols (Order 15: after the tracks, before the applications),
/// because a track's first questionnaire asks about the skills of its curriculum as it stands then. A track the demo does
/// not know, or one that already has milestones, is left to staff.
/// </summary>
internal sealed class CurriculumDemoData(AttendanceDbContext db, IMediator mediator) : IDemoDataSeeder
{
    private static readonly (string Fr, string En) Git = ("Git et GitHub", "Git & GitHub");
    private static readonly (string Fr, string En) Capstone = ("Projet final", "Capstone project");

    /// <summary>By the English name the sessions demo gives each track.</summary>
    private static readonly Dictionary<string, (string Fr, string En)[]> Curricula = new(StringComparer.Ordinal)
    {
        ["Web & mobile development"] = [("HTML et CSS", "HTML & CSS"), ("Bases de JavaScript", "JavaScript basics"), Git, ("React", "React"), ("React Native", "React Native")],
        ["JavaScript"] = [("Bases de JavaScript", "JavaScript basics"), ("Le DOM et les événements", "The DOM and events"), Git, ("Node.js", "Node.js")],
        ["Virtual reality"] = [("Unity", "Unity"), ("C# pour Unity", "C# for Unity"), ("Conception 3D", "3D design"), Git],
        ["Data science"] = [("Python", "Python"), ("pandas", "pandas"), ("Visualisation des données", "Data visualisation"), Git],
    };

    public int Order => 15;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var seeded = await db.Milestones.Select(m => m.TrackId).Distinct().ToListAsync(cancellationToken);
        foreach (var track in await mediator.Send(new GetTracks(IncludeInactive: true), cancellationToken))
        {
            if (seeded.Contains(track.Id) || !Curricula.TryGetValue(track.NameEn, out var steps))
            {
                continue;
            }

            var position = 0;
            foreach (var (fr, en) in steps)
            {
                db.Milestones.Add(NewMilestone(track.Id, ++position, fr, en, isCapstone: false));
            }

            db.Milestones.Add(NewMilestone(track.Id, ++position, Capstone.Fr, Capstone.En, isCapstone: true));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static Milestone NewMilestone(Guid trackId, int position, string fr, string en, bool isCapstone) => new()
    {
        Id = Guid.CreateVersion7(),
        TrackId = trackId,
        Position = position,
        NameFr = fr,
        NameEn = en,
        IsCapstone = isCapstone,
    };
}
