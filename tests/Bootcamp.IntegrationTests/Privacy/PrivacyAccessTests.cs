using System.Net;
using Bootcamp.Identity;
using Bootcamp.IntegrationTests.Platform;

namespace Bootcamp.IntegrationTests.Privacy;

/// <summary>Every role against every page of the privacy office: the admin's alone.</summary>
public sealed class PrivacyAccessTests(SignedInRolesFixture roles) : IClassFixture<SignedInRolesFixture>
{
    public static TheoryData<string, string, int> Matrix()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var role in Roles.All)
        {
            int Admin(int status) => role == Roles.Admin ? status : 0;
            data.Add(role, "/Admin/Privacy", Admin(200));
            data.Add(role, "/Admin/Privacy?state=Done&p=-4", Admin(200));
            data.Add(role, "/Admin/Privacy?state=%3Cscript%3E&p=999999", Admin(200));
            data.Add(role, "/Admin/Privacy/Person?application=" + Guid.Empty, Admin(404));
            data.Add(role, "/Admin/Privacy/Person?application=not-a-guid", Admin(404));
            data.Add(role, "/Admin/Privacy/Person?handler=Json&application=" + Guid.Empty, Admin(404));
            data.Add(role, "/Admin/Privacy/Summary?application=" + Guid.Empty + "&language=de", Admin(404));
            data.Add(role, "/Admin/Privacy/Incidents", Admin(200));
            data.Add(role, "/Admin/Privacy/Incidents?state=Closed&p=0", Admin(200));
            data.Add(role, "/Admin/Privacy/Incidents?state=nope&p=99999", Admin(200));
            data.Add(role, "/Admin/Privacy/Incidents?handler=Csv", Admin(200));
            data.Add(role, "/Admin/Privacy/Incidents/Edit", Admin(200));
            data.Add(role, "/Admin/Privacy/Incidents/Edit?id=" + Guid.Empty, Admin(404));
            data.Add(role, "/Admin/Privacy/Incidents/Edit?id=not-a-guid", Admin(404));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_reaches_only_its_share_of_the_privacy_pages(string role, string path, int expected)
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

    [Fact]
    public async Task A_visitor_is_sent_to_sign_in()
    {
        using var client = roles.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(new Uri("/Admin/Privacy", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }
}
