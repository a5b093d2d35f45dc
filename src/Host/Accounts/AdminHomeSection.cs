using System.Security.Claims;
using Bootcamp.Identity;
using Bootcamp.Host.Infrastructure.Operations;
using Bootcamp.Identity.Team;
using Bootcamp.Web.Home;

namespace Bootcamp.Host.Accounts;

/// <summary>The admin's card: invitations nobody accepted yet, accounts that must sign in with a second factor and do
/// not, and mails, jobs and events that failed (from the Operations area's counts).</summary>
internal sealed class AdminHomeSection(TeamDirectory directory, OperationsSummary operations) : HomeSection
{
    public override string Policy => Policies.Admin;

    public override int Order => 5;

    public override async Task<HomeCard?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (pending, withoutTwoFactor) = await directory.AttentionAsync(cancellationToken);
        var items = new List<HomeItem>();
        if (pending > 0)
        {
            items.Add(new HomeItem(AdminText.HomePendingInvitations, pending, "/Staff/Team?status=Invited"));
        }

        if (withoutTwoFactor > 0)
        {
            items.Add(new HomeItem(AdminText.HomeWithoutTwoFactor, withoutTwoFactor, "/Staff/Team?status=Active", Urgent: true));
        }

        var counts = await operations.GetAsync(cancellationToken);
        if (counts.FailedMails > 0)
        {
            items.Add(new HomeItem(AdminText.HomeFailedMails, counts.FailedMails, "/Admin/Operations/Mail?status=Failed", Urgent: true));
        }

        if (counts.FailedJobs is > 0 or null)
        {
            items.Add(new HomeItem(AdminText.HomeFailedJobs, counts.FailedJobs is { } jobs ? (int)Math.Min(jobs, int.MaxValue) : null, "/Admin/Jobs/jobs/failed", Urgent: true));
        }

        if (counts.FailedEvents + counts.StuckEvents > 0 || !counts.EventsKnown)
        {
            items.Add(new HomeItem(AdminText.HomeFailedEvents, counts.EventsKnown ? counts.FailedEvents + counts.StuckEvents : null, "/Admin/Operations/Events", Urgent: true));
        }

        items.Add(new HomeItem(AdminText.HomeOperations, null, "/Admin/Operations"));
        items.Add(new HomeItem(AdminText.HomeAudit, null, "/Admin/Audit"));
        return new HomeCard(AdminText.HomeAccountsTitle, items);
    }
}
