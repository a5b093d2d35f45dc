using System.Globalization;
using System.Security.Claims;
using Bootcamp.Identity;
using Bootcamp.Identity.Team;
using Bootcamp.Web.Home;

namespace Bootcamp.Host.Accounts;

/// <summary>The admin's card about accounts: invitations nobody accepted yet, and accounts that must sign in with a
/// second factor and do not.</summary>
internal sealed class AdminHomeSection(TeamDirectory directory) : HomeSection
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

        items.Add(new HomeItem(AdminText.HomeAudit, null, "/Admin/Audit"));
        return new HomeCard(AdminText.HomeAccountsTitle, items);
    }
}
