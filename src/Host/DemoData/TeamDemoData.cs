using Bootcamp.Identity;
using Bootcamp.Identity.Team;
using Bootcamp.Shared.DemoData;
using Microsoft.AspNetCore.Identity;

namespace Bootcamp.Host.DemoData;

/// <summary>
/// The team pages full on first run, through the same rules as the pages: two invitations nobody has accepted yet (their
/// mails are in the development mailbox), and an instructor who left, deactivated before any session was given out.
/// Every demo account signs in without two-factor (Development relaxes it), so the admin's home has some to count.
/// </summary>
internal sealed class TeamDemoData(IdentitySeeder seeder, UserManager<BootcampUser> users, TeamAdministration team) : IDemoDataSeeder
{
    public const string FormerInstructor = "former.instructor@bootcamp.local";

    public static readonly IReadOnlyList<Invitation> PendingInvitations =
    [
        new("nadia.benali@bootcamp.local", "Nadia Benali", [Roles.Instructor], "fr-CA"),
        new("marc.gagnon@bootcamp.local", "Marc Gagnon", [Roles.Staff], "en-CA"),
    ];

    public int Order => 5;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var admin = (await users.GetUsersInRoleAsync(Roles.Admin)).FirstOrDefault(u => u.IsActive);
        if (admin is null)
        {
            return;
        }

        var actor = new TeamActor(admin.Id, [Roles.Admin]);
        foreach (var invitation in PendingInvitations)
        {
            if (await users.FindByEmailAsync(invitation.Email) is null)
            {
                await team.InviteAsync(actor, invitation, cancellationToken);
            }
        }

        // Before the sessions get their instructors (order 20), so none of them is given to someone who left.
        var former = await users.FindByEmailAsync(FormerInstructor)
            ?? await seeder.EnsureUserAsync(FormerInstructor, "Luc Fortin", Roles.Instructor, "fr-CA", IdentitySeeder.DemoPassword);
        if (former.IsActive)
        {
            await team.DeactivateAsync(actor, former.Id, null, cancellationToken);
        }
    }
}
