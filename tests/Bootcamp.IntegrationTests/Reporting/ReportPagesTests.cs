using System.Net;
using Bootcamp.Identity;
using Bootcamp.Reporting.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static Bootcamp.Testing.PlacementsTestData;

namespace Bootcamp.IntegrationTests.Reporting;

/// <summary>Staff pages over HTTP: the dashboard draws its charts as SVG with their tables; sponsors and their users are
/// managed from the sponsor page, and a member of the team cannot become a sponsor user.</summary>
public sealed class ReportPagesTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_dashboard_draws_svg_charts_with_their_tables_and_exports_csv()
    {
        await using var app = ReportSample.App(database);
        var sample = await ReportSample.CreateAsync(app);
        var staff = await TestUsers.SignedInClientAsync(app, Roles.Staff);

        var html = await staff.GetStringAsync(new Uri($"/Staff/Reports?session={sample.SessionId}", UriKind.Relative));
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("role=\"img\" aria-labelledby=\"chart-time-to-job-title\"", html, StringComparison.Ordinal);
        Assert.Contains("<title id=\"chart-time-to-job-title\">", html, StringComparison.Ordinal);
        // In the chart's text and in its table alike.
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(WebUtility.HtmlDecode(html), ">55\u00A0%<"));
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);

        var csv = await staff.GetAsync(new Uri($"/Staff/Reports?handler=Csv&session={sample.SessionId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var pdf = await staff.GetAsync(new Uri($"/Staff/Reports?handler=Pdf&session={sample.SessionId}", UriKind.Relative));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Staff_create_a_sponsor_and_invite_a_new_sponsor_user_but_never_link_a_team_member()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: NoScheduler);
        var staff = await TestUsers.SignedInClientAsync(app, Roles.Staff);
        var name = "Microsoft " + Guid.NewGuid().ToString("N")[..6];

        var token = await TestUsers.AntiforgeryTokenAsync(staff, "/Staff/Sponsors");
        var created = await staff.PostAsync(new Uri("/Staff/Sponsors", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = name, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var edit = created.Headers.Location!.OriginalString;
        var sponsorId = Guid.Parse(edit[(edit.IndexOf("id=", StringComparison.Ordinal) + 3)..]);

        async Task<HttpResponseMessage> LinkAsync(string email)
        {
            var form = new Dictionary<string, string>
            {
                ["Id"] = sponsorId.ToString(), ["Email"] = email, ["DisplayName"] = "Alex Martin", ["Culture"] = "en-CA",
                ["__RequestVerificationToken"] = await TestUsers.AntiforgeryTokenAsync(staff, edit),
            };
            return await staff.PostAsync(new Uri("/Staff/Sponsors/Edit?handler=Link", UriKind.Relative), new FormUrlEncodedContent(form));
        }

        var sponsorEmail = $"alex.{Guid.NewGuid():N}@example.org";
        var invited = await LinkAsync(sponsorEmail);
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Contains("invited=true", invited.Headers.Location!.OriginalString, StringComparison.Ordinal);
        // Nobody typed the sponsor user's password: they receive an invitation to choose it.
        Assert.Equal(1, await Sql.CountAsync(database.ConnectionString,
            $"SELECT count(*) FROM mail.outgoing_mails WHERE to_address = '{sponsorEmail}' AND category = 'identity.invitation'"));
        var teamMember = await TestUsers.EnsureAsync(app, Roles.Instructor, $"team.{Guid.NewGuid():N}@example.org");
        var refused = await LinkAsync(teamMember);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("link-error", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BootcampUser>>();
        var linked = (await users.FindByEmailAsync(sponsorEmail))!;
        Assert.Equal(sponsorId, linked.SponsorId);
        Assert.Equal([Roles.Sponsor], await users.GetRolesAsync(linked));
        Assert.Null(linked.PasswordHash);
        Assert.Null((await users.FindByEmailAsync(teamMember))!.SponsorId);
        Assert.Equal(name, (await SendAsync(app, new GetSponsor(sponsorId))).Name);
    }

    /// <summary>Identity alone accepts any text with one @ in it; a sponsor user is mailed like anyone else.</summary>
    [Theory]
    [InlineData("alex..martin@example.org")]
    [InlineData("alex@-example.org")]
    [InlineData("alex@localhost")]
    public async Task A_sponsor_user_with_an_address_the_mail_sender_would_refuse_is_not_created(string email)
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: NoScheduler);
        var staff = await TestUsers.SignedInClientAsync(app, Roles.Staff);
        var created = await Forms.PostAsync(staff, "/Staff/Sponsors", new() { ["Name"] = "Sponsor " + Guid.NewGuid().ToString("N")[..6] });
        var edit = created.Headers.Location!.OriginalString;
        var sponsorId = edit[(edit.IndexOf("id=", StringComparison.Ordinal) + 3)..];

        var refused = await Forms.PostAsync(staff, "/Staff/Sponsors/Edit?handler=Link", new()
        {
            ["Id"] = sponsorId, ["Email"] = email, ["DisplayName"] = "Alex Martin",
        }, tokenFrom: edit);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("link-error", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await Sql.CountAsync(database.ConnectionString, $"SELECT count(*) FROM identity.\"AspNetUsers\" WHERE lower(\"Email\") = lower('{email}')"));
    }
}
