using System.Net;
using Bootcamp.Identity;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bootcamp.IntegrationTests.Platform;

/// <summary>The own-account pages are every signed-in person's, sponsors included; the sign-in steps and the password
/// reset are anyone's (issue 17, items 2 and 3).</summary>
public sealed class AccountAccessTests(SignedInRolesFixture roles) : IClassFixture<SignedInRolesFixture>
{
    public static TheoryData<string, string> Matrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var role in Roles.All)
        {
            foreach (var page in new[] { "/Account/Manage", "/Account/Manage/Password", "/Account/Manage/TwoFactor", "/Account/Manage/RecoveryCodes" })
            {
                data.Add(role, page);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Every_role_reaches_its_own_account_pages(string role, string path)
    {
        var response = await roles.Clients[role].GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/Account/Manage")]
    [InlineData("/Account/Manage/Password")]
    [InlineData("/Account/Manage/TwoFactor")]
    [InlineData("/Account/Manage/RecoveryCodes")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string path)
    {
        var response = await roles.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            .GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Account/ForgotPassword", HttpStatusCode.OK)]
    [InlineData("/Account/ResetPassword?user=00000000-0000-0000-0000-000000000000&token=x", HttpStatusCode.OK)]
    // Without a password step behind them, the second steps send back to the first.
    [InlineData("/Account/LoginTwoFactor", HttpStatusCode.Redirect)]
    [InlineData("/Account/LoginRecoveryCode", HttpStatusCode.Redirect)]
    public async Task The_pages_before_signing_in_are_anyones(string path, HttpStatusCode expected)
    {
        var response = await roles.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            .GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect)
        {
            Assert.StartsWith("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }
}
