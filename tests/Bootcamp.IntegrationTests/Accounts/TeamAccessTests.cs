using System.Net;
using Bootcamp.Identity;
using Bootcamp.IntegrationTests.Platform;

namespace Bootcamp.IntegrationTests.Accounts;

/// <summary>Every role against every page of the team and audit area.</summary>
public sealed class TeamAccessTests(SignedInRolesFixture roles) : IClassFixture<SignedInRolesFixture>
{
    public static TheoryData<string, string, int> Matrix()
    {
        var data = new TheoryData<string, string, int>();
        const int Denied = 0;
        foreach (var role in Roles.All)
        {
            var staffOrAdmin = role is Roles.Admin or Roles.Staff;
            data.Add(role, "/Staff/Team", staffOrAdmin ? 200 : Denied);
            data.Add(role, "/Staff/Team?q=%25&role=Admin&status=Invited&page=-3", staffOrAdmin ? 200 : Denied);
            data.Add(role, "/Staff/Team/Invite", staffOrAdmin ? 200 : Denied);
            data.Add(role, "/Admin/Audit", role == Roles.Admin ? 200 : Denied);
            data.Add(role, "/Admin/Audit?view=data", role == Roles.Admin ? 200 : Denied);
            data.Add(role, "/Admin/Audit?handler=Csv", role == Roles.Admin ? 200 : Denied);
            data.Add(role, "/Admin/Audit?email=nobody%40example.org&from=2026-01-01&to=2025-01-01&action=%3Cscript%3E", role == Roles.Admin ? 200 : Denied);
            data.Add(role, "/Admin/Users", role == Roles.Admin ? 302 : Denied);
            var finds = role is Roles.Admin or Roles.Staff or Roles.PlacementDirector;
            data.Add(role, "/People", finds ? 200 : Denied);
            data.Add(role, "/People?q=%25%25%25", finds ? 200 : Denied);
            data.Add(role, "/People/Person?application=" + Guid.Empty, finds ? 404 : Denied);
            data.Add(role, "/Staff/Team/Member?id=" + Guid.Empty, staffOrAdmin ? 404 : Denied);
            data.Add(role, "/Staff/Team/Member?id=not-a-guid", staffOrAdmin ? 404 : Denied);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_reaches_only_its_share_of_the_team_pages(string role, string path, int expected)
    {
        var response = await roles.Clients[role].GetAsync(new Uri(path, UriKind.Relative));
        if (expected != 0)
        {
            Assert.Equal(expected, (int)response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Roles.Instructor)]
    [InlineData(Roles.PlacementDirector)]
    [InlineData(Roles.Sponsor)]
    public async Task Nobody_outside_staff_can_invite_even_with_a_valid_form(string role)
    {
        var email = TeamTestData.NewEmail("sneaky");
        var response = await roles.Clients[role].PostAsync(new Uri("/Staff/Team/Invite", UriKind.Relative), new FormUrlEncodedContent(
            new Dictionary<string, string> { ["Email"] = email, ["DisplayName"] = "Sneaky", ["Roles"] = Roles.Instructor }));
        Assert.DoesNotContain("/Staff/Team/Member", response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Equal(0, await Sql.CountAsync(roles.App.ConnectionString, $"SELECT count(*) FROM identity.\"AspNetUsers\" WHERE \"Email\" = '{email}'"));
    }
}
