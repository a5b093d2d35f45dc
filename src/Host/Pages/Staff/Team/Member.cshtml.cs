using Bootcamp.Host.Accounts;
using Bootcamp.Identity;
using Bootcamp.Identity.Audit;
using Bootcamp.Identity.Team;
using Bootcamp.Sessions.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Host.Pages.Staff.Team;

/// <summary>One account: its roles, its invitation, its deactivation (with its sessions handed over), its audit.</summary>
internal sealed class MemberModel(
    TeamDirectory directory, TeamAdministration team, InstructorLeaving leaving, AccountAudit audit, UserDirectory people) : BootcampPageModel
{
    public const int RecentEvents = 20;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public List<string> Roles { get; set; } = [];

    [BindProperty]
    public Guid? SuccessorId { get; set; }

    [BindProperty]
    public bool Confirmed { get; set; }

    /// <summary>The actor has checked, other than by email, that the person asking is the account's owner.</summary>
    [BindProperty]
    public bool IdentityChecked { get; set; }

    public TeamAccountRow Account { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public bool IsSelf { get; private set; }

    public IReadOnlyList<string> Grantable { get; private set; } = [];

    public IReadOnlyList<SessionSummaryDto> OpenSessions { get; private set; } = [];

    public IReadOnlyList<TeamMember> Successors { get; private set; } = [];

    public IReadOnlyList<AccountEventRow> Events { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public string? Notice => Done switch
    {
        "Invited" => AdminText.NoticeInvited,
        "Resent" => AdminText.NoticeResent,
        "Roles" => AdminText.NoticeRolesChanged,
        "Deactivated" => AdminText.NoticeDeactivated,
        "Reactivated" => AdminText.NoticeReactivated,
        "TwoFactorReset" => AdminText.NoticeTwoFactorReset,
        _ => null,
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostRolesAsync(CancellationToken cancellationToken) =>
        ChangeAsync(() => team.ChangeRolesAsync(TeamActor.From(User), Id, Roles, cancellationToken), "Roles", cancellationToken);

    public Task<IActionResult> OnPostResendAsync(CancellationToken cancellationToken) =>
        ChangeAsync(() => team.ResendInvitationAsync(TeamActor.From(User), Id, cancellationToken), "Resent", cancellationToken);

    public Task<IActionResult> OnPostReactivateAsync(CancellationToken cancellationToken) =>
        ChangeAsync(() => team.ReactivateAsync(TeamActor.From(User), Id, cancellationToken), "Reactivated", cancellationToken);

    public async Task<IActionResult> OnPostDeactivateAsync(CancellationToken cancellationToken) =>
        Confirmed
            ? await ChangeAsync(() => leaving.DeactivateAsync(TeamActor.From(User), Id, SuccessorId, cancellationToken), "Deactivated", cancellationToken)
            : await UnconfirmedAsync(nameof(Confirmed), AdminText.ConfirmDeactivationRequired, cancellationToken);

    public async Task<IActionResult> OnPostResetTwoFactorAsync(CancellationToken cancellationToken) =>
        IdentityChecked
            ? await ChangeAsync(() => team.ResetTwoFactorAsync(TeamActor.From(User), Id, cancellationToken), "TwoFactorReset", cancellationToken)
            : await UnconfirmedAsync(nameof(IdentityChecked), AdminText.ConfirmTwoFactorResetRequired, cancellationToken);

    private async Task<IActionResult> UnconfirmedAsync(string field, string message, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        ModelState.AddModelError(field, message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<IActionResult> ChangeAsync(Func<Task> change, string done, CancellationToken cancellationToken)
    {
        try
        {
            await change();
            return Redirect($"/Staff/Team/Member?id={Id}&done={done}");
        }
        catch (TeamRuleException refusal) when (refusal.Refusal != TeamRefusal.NotFound)
        {
            if (!await LoadAsync(cancellationToken))
            {
                return NotFound();
            }

            ModelState.AddModelError(refusal.Refusal is TeamRefusal.SuccessorRequired or TeamRefusal.SuccessorInvalid ? nameof(SuccessorId) : "",
                AdminDisplay.Refusal(refusal.Refusal));
            Response.StatusCode = refusal.Refusal == TeamRefusal.NotYours ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
            return Page();
        }
        catch (TeamRuleException)
        {
            return NotFound();
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone changed the account at the same moment: show it as it is now.
            return Redirect($"/Staff/Team/Member?id={Id}");
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await directory.FindAsync(Id, cancellationToken) is not { } account)
        {
            return false;
        }

        Account = account;
        var actor = TeamActor.From(User);
        CanManage = RoleGrants.CanManage(actor.Roles, account.Roles);
        IsSelf = actor.Id == account.Id;
        Grantable = RoleGrants.Grantable(actor.Roles);
        if (Request.Method == HttpMethods.Get || Roles.Count == 0)
        {
            Roles = [.. account.Roles];
        }

        if (account.Roles.Contains(Identity.Roles.Instructor) && account.Status != AccountStatus.Deactivated)
        {
            OpenSessions = await leaving.OpenSessionsAsync(Id, cancellationToken);
            Successors = [.. (await people.InRoleAsync(Identity.Roles.Instructor)).Where(p => p.Id != Id)];
        }

        Events = await audit.Query(new AccountEventFilter(Id, null, null, null)).Take(RecentEvents).ToListAsync(cancellationToken);
        Names = await people.NamesAsync(Events.SelectMany(e => new[] { e.ActorId, e.SubjectId }).OfType<Guid>());
        return true;
    }
}
