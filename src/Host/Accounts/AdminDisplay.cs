using Bootcamp.Identity;
using Bootcamp.Identity.Audit;
using Bootcamp.Identity.Team;

namespace Bootcamp.Host.Accounts;

/// <summary>Labels of the account values, in the reader's language.</summary>
internal static class AdminDisplay
{
    public static string Role(string role) => AdminText.ResourceManager.GetString("Role_" + role, AdminText.Culture) ?? role;

    public static string Status(AccountStatus status) =>
        AdminText.ResourceManager.GetString("AccountStatus_" + status, AdminText.Culture) ?? status.ToString();

    public static string Action(string action) => AdminText.ResourceManager.GetString("Action_" + action, AdminText.Culture) ?? action;

    public static string Refusal(TeamRefusal refusal) =>
        AdminText.ResourceManager.GetString("Refusal_" + refusal, AdminText.Culture) ?? refusal.ToString();

    public static IReadOnlyList<string> Actions => AccountActions.All;
}
