using Bootcamp.Identity;
using Bootcamp.Identity.Team;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static Bootcamp.IntegrationTests.Accounts.TeamTestData;

namespace Bootcamp.IntegrationTests.Accounts;

/// <summary>The last active admin stays, also when the last two admins deactivate each other, or take each other's
/// Admin role away, at the same moment.</summary>
public sealed class LastAdminRaceTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private const int Rounds = 8;

    [Theory]
    [InlineData("deactivate")]
    [InlineData("roles")]
    public async Task Two_admins_removing_each_other_at_once_leave_one_of_them(string how)
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: Settings);
        for (var round = 0; round < Rounds; round++)
        {
            var a = await AdminAsync(app);
            var b = await AdminAsync(app);
            // Everyone else out of the way: these two are the last active admins.
            await Sql.ExecuteAsync(database.ConnectionString, $"""
                UPDATE identity."AspNetUsers" SET "DeactivatedAt" = now()
                WHERE "DeactivatedAt" IS NULL AND "Id" NOT IN ('{a}', '{b}')
                  AND "Id" IN (SELECT ur."UserId" FROM identity."AspNetUserRoles" ur JOIN identity."AspNetRoles" r ON r."Id" = ur."RoleId" WHERE r."Name" = 'Admin')
                """);

            var results = await Task.WhenAll(RemoveAsync(app, a, b, how), RemoveAsync(app, b, a, how));

            Assert.Equal(1, results.Count(r => r is null));
            Assert.Equal(TeamRefusal.LastAdmin, Assert.Single(results.OfType<TeamRefusal>()));
            Assert.Equal(1, await Sql.CountAsync(database.ConnectionString, $"""
                SELECT count(*) FROM identity."AspNetUsers" u
                JOIN identity."AspNetUserRoles" ur ON ur."UserId" = u."Id" JOIN identity."AspNetRoles" r ON r."Id" = ur."RoleId"
                WHERE r."Name" = 'Admin' AND u."DeactivatedAt" IS NULL AND u."Id" IN ('{a}', '{b}')
                """));
        }
    }

    private static async Task<Guid> AdminAsync(BootcampAppFactory app)
    {
        var email = await TestUsers.EnsureAsync(app, Roles.Admin, NewEmail("race-admin"));
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<BootcampUser>>().FindByEmailAsync(email))!.Id;
    }

    /// <summary>Null when it went through, else why it was refused.</summary>
    private static async Task<TeamRefusal?> RemoveAsync(BootcampAppFactory app, Guid actorId, Guid otherId, string how)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var team = scope.ServiceProvider.GetRequiredService<TeamAdministration>();
        // As a request would, the actor's own account is already loaded (the sign-in cookie's check) when the change runs.
        await scope.ServiceProvider.GetRequiredService<UserManager<BootcampUser>>().FindByIdAsync(actorId.ToString());
        await scope.ServiceProvider.GetRequiredService<UserManager<BootcampUser>>().FindByIdAsync(otherId.ToString());
        var actor = new TeamActor(actorId, [Roles.Admin]);
        try
        {
            await Task.Yield();
            if (how == "deactivate")
            {
                await team.DeactivateAsync(actor, otherId);
            }
            else
            {
                await team.ChangeRolesAsync(actor, otherId, [Roles.Staff]);
            }

            return null;
        }
        catch (TeamRuleException refusal)
        {
            return refusal.Refusal;
        }
    }
}
