using Bootcamp.Identity;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authorization;

namespace Bootcamp.Host.Infrastructure;

/// <summary>
/// Hangfire's dashboard at <c>/Admin/Jobs</c>, for admins: what ran, what failed and why, retries and "trigger now". It is
/// middleware, not a page, so the pages' conventions do not reach it: the fallback policy still sends a visitor who is
/// not signed in to the login page before it runs, and the filter below then evaluates the Admin policy itself (other
/// roles get 403). Its POSTs (retry, delete, trigger) must carry the antiforgery token the dashboard renders into its
/// pages; a forged form from elsewhere is refused.
/// </summary>
internal static class JobsDashboard
{
    public const string Path = "/Admin/Jobs";

    public static WebApplication UseJobsDashboard(this WebApplication app)
    {
        app.UseHangfireDashboard(Path, new DashboardOptions
        {
            AppPath = "/",
            DashboardTitle = "Bootcamp — jobs",
            DisplayStorageConnectionString = false,
            IgnoreAntiforgeryToken = false,
            Authorization = [],
            AsyncAuthorization = [new AdminDashboardAuthorization()],
        });
        return app;
    }

    private sealed class AdminDashboardAuthorization : IDashboardAsyncAuthorizationFilter
    {
        public async Task<bool> AuthorizeAsync(DashboardContext context)
        {
            var http = context.GetHttpContext();
            if (http.User.Identity?.IsAuthenticated != true)
            {
                return false;
            }

            var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
            return (await authorization.AuthorizeAsync(http.User, Policies.Admin)).Succeeded;
        }
    }
}
