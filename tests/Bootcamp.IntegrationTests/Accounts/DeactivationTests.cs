using System.Net;
using System.Net.Http.Json;
using Bootcamp.Identity;
using Bootcamp.Sessions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Bootcamp.IntegrationTests.Accounts.TeamTestData;

namespace Bootcamp.IntegrationTests.Accounts;

/// <summary>Someone who left cannot sign in, and the page they still have open stops working on its next request.</summary>
public sealed class DeactivationTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static async Task<Guid> IdOfAsync(BootcampAppFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<BootcampUser>>().FindByEmailAsync(email))!.Id;
    }

    private static Task<HttpResponseMessage> DeactivateAsync(HttpClient admin, Guid id, Guid? successor = null, bool confirmed = true)
    {
        var fields = new Dictionary<string, string> { ["id"] = id.ToString() };
        if (confirmed)
        {
            fields["Confirmed"] = "true";
        }

        if (successor is { } s)
        {
            fields["SuccessorId"] = s.ToString();
        }

        return Forms.PostAsync(admin, $"/Staff/Team/Member?handler=Deactivate&id={id}", fields, tokenFrom: $"/Staff/Team/Member?id={id}");
    }

    [Fact]
    public async Task A_deactivated_instructor_is_signed_out_at_the_next_request_cannot_sign_in_and_can_be_reactivated()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: Settings);
        var admin = await TestUsers.SignedInClientAsync(app, Roles.Admin);
        var email = NewEmail("leaver");
        await TestUsers.EnsureAsync(app, Roles.Instructor, email);
        var id = await IdOfAsync(app, email);
        var open = await TaughtSessions.SignInAsync(app, email);
        Assert.Equal(HttpStatusCode.OK, (await open.GetAsync(new Uri("/Teach", UriKind.Relative))).StatusCode);

        Assert.Equal(HttpStatusCode.BadRequest, (await DeactivateAsync(admin, id, confirmed: false)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await open.GetAsync(new Uri("/Teach", UriKind.Relative))).StatusCode);

        var done = await DeactivateAsync(admin, id);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Contains("déconnectée partout", await BodyAsync(await admin.GetAsync(done.Headers.Location)), StringComparison.Ordinal);

        var next = await open.GetAsync(new Uri("/Teach", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.StartsWith("/Account/Login", next.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        var fresh = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var refused = await TestUsers.SignInAsync(fresh, email, TestUsers.Password);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var back = await Forms.PostAsync(admin, $"/Staff/Team/Member?handler=Reactivate&id={id}", new() { ["id"] = id.ToString() }, tokenFrom: $"/Staff/Team/Member?id={id}");
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await TestUsers.SignInAsync(fresh, email, TestUsers.Password)).StatusCode);
        Assert.Equal(2, await Sql.CountAsync(database.ConnectionString,
            $"SELECT count(*) FROM identity.account_events WHERE \"SubjectId\" = '{id}' AND \"Action\" IN ('Deactivated', 'Reactivated')"));
    }

    [Fact]
    public async Task An_instructor_who_leaves_hands_their_open_sessions_to_a_successor_first()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: Settings);
        var admin = await TestUsers.SignedInClientAsync(app, Roles.Admin);
        var leaverEmail = NewEmail("teacher");
        var successorEmail = NewEmail("successor");
        var leaver = await TaughtSessions.EnsureInstructorAsync(app, leaverEmail);
        var successor = await TaughtSessions.EnsureInstructorAsync(app, successorEmail);
        var track = await SessionRequests.CreateTrackAsync(admin);
        var session = SessionRequests.ValidSession(track);
        session["instructorIds"] = new[] { leaver };
        var sessionId = await SessionRequests.ScheduleAsync(admin, session);

        var refused = await DeactivateAsync(admin, leaver);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Choisissez qui reprend", await BodyAsync(refused), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await DeactivateAsync(admin, leaver, successor: leaver)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await DeactivateAsync(admin, leaver, successor)).StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var details = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetSession(sessionId));
        Assert.Equal([successor], details.Details.InstructorIds);
    }

    [Fact]
    public async Task The_last_admin_cannot_be_deactivated_or_demoted_and_nobody_deactivates_themselves()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: Settings);
        var admin = await TestUsers.SignedInClientAsync(app, Roles.Admin);
        var me = await IdOfAsync(app, await TestUsers.EnsureAsync(app, Roles.Admin));
        await Sql.ExecuteAsync(database.ConnectionString,
            $"UPDATE identity.\"AspNetUsers\" SET \"DeactivatedAt\" = now() WHERE \"Id\" <> '{me}' AND \"Id\" IN " +
            "(SELECT ur.\"UserId\" FROM identity.\"AspNetUserRoles\" ur JOIN identity.\"AspNetRoles\" r ON r.\"Id\" = ur.\"RoleId\" WHERE r.\"Name\" = 'Admin')");

        var self = await DeactivateAsync(admin, me);
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        var demote = await PostWithRolesAsync(admin, $"/Staff/Team/Member?handler=Roles&id={me}", new() { ["id"] = me.ToString() },
            [Roles.Staff], tokenFrom: $"/Staff/Team/Member?id={me}");
        Assert.Equal(HttpStatusCode.BadRequest, demote.StatusCode);
        Assert.Equal(0, await Sql.CountAsync(database.ConnectionString, $"SELECT count(*) FROM identity.\"AspNetUsers\" WHERE \"Id\" = '{me}' AND \"DeactivatedAt\" IS NOT NULL"));
    }

    [Fact]
    public async Task A_role_change_takes_effect_at_the_persons_next_sign_in_and_is_audited()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: Settings);
        var admin = await TestUsers.SignedInClientAsync(app, Roles.Admin);
        var email = NewEmail("promoted");
        await TestUsers.EnsureAsync(app, Roles.Instructor, email);
        var id = await IdOfAsync(app, email);
        var open = await TaughtSessions.SignInAsync(app, email);
        Assert.Equal(HttpStatusCode.Redirect, (await open.GetAsync(new Uri("/Staff/Sessions", UriKind.Relative))).StatusCode);

        var changed = await PostWithRolesAsync(admin, $"/Staff/Team/Member?handler=Roles&id={id}", new() { ["id"] = id.ToString() },
            [Roles.Instructor, Roles.Staff], tokenFrom: $"/Staff/Team/Member?id={id}");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        var again = await TaughtSessions.SignInAsync(app, email);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync(new Uri("/Staff/Sessions", UriKind.Relative))).StatusCode);
        var audit = await BodyAsync(await admin.GetAsync(new Uri($"/Admin/Audit?person={id}", UriKind.Relative)));
        Assert.Contains("Rôles modifiés", audit, StringComparison.Ordinal);
        Assert.Contains("Instructor → Staff, Instructor", audit, StringComparison.Ordinal);
        var csv = await admin.GetStringAsync(new Uri($"/Admin/Audit?handler=Csv&view=accounts&person={id}", UriKind.Relative));
        Assert.Contains("RolesChanged", csv, StringComparison.Ordinal);
    }
}
