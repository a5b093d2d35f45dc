using System.Globalization;
using System.Text;
using Bootcamp.Applications.Contracts;
using Bootcamp.Identity;
using Bootcamp.Identity.Audit;
using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.Csv;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Host.Pages.Admin;

/// <summary>
/// The audit an admin reads: account actions (invitations, roles, deactivations, passwords, two-factor, sign-ins) and
/// data access (who viewed sensitive fields, screened, exported), filtered by person and day, and as CSV.
/// </summary>
internal sealed class AuditModel(AccountAudit audit, IMediator mediator, UserManager<BootcampUser> users, UserDirectory people, TimeProvider clock)
    : BootcampPageModel
{
    public const int MaxCsvRows = 50_000;

    [BindProperty(SupportsGet = true)]
    public string View { get; set; } = "accounts";

    [BindProperty(SupportsGet = true)]
    public Guid? Person { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public bool DataView => View == "data";

    public PagedResult<AccountEventRow> AccountEvents { get; private set; } = new([], 1, Paging.DefaultPageSize, 0);

    public PagedResult<AuditEntryDto> DataEvents { get; private set; } = new([], 1, Paging.DefaultPageSize, 0);

    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public string? PersonName { get; private set; }

    public bool PersonUnknown { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await ResolvePersonAsync();
        if (PersonUnknown)
        {
            return;
        }

        var (page, size) = Paging.Normalise(PageNumber, Paging.DefaultPageSize);
        if (DataView)
        {
            DataEvents = await mediator.Send(new GetDataAccessAudit(Person, From, To, page, size), cancellationToken);
            Names = await people.NamesAsync(DataEvents.Items.Select(e => e.ActorId));
        }
        else
        {
            var query = audit.Query(Filter());
            var total = await query.CountAsync(cancellationToken);
            var items = await query.Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
            AccountEvents = new PagedResult<AccountEventRow>(items, page, size, total);
            Names = await people.NamesAsync(items.SelectMany(e => new[] { e.ActorId, e.SubjectId }).OfType<Guid>());
        }
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await ResolvePersonAsync();
        var csv = new StringBuilder();
        if (DataView)
        {
            CsvRows.Row(csv, ["at", "action", "actor", "application_id", "session_id"]);
            var entries = PersonUnknown ? [] : (await mediator.Send(new GetDataAccessAudit(Person, From, To, 1, Paging.MaxPageSize), cancellationToken)).Items;
            var all = new List<AuditEntryDto>(entries);
            for (var page = 2; !PersonUnknown && all.Count < MaxCsvRows && all.Count == (page - 1) * Paging.MaxPageSize; page++)
            {
                all.AddRange((await mediator.Send(new GetDataAccessAudit(Person, From, To, page, Paging.MaxPageSize), cancellationToken)).Items);
            }

            var names = await people.NamesAsync(all.Select(e => e.ActorId));
            foreach (var e in all)
            {
                CsvRows.Row(csv, [Stamp(e.At), e.Action, names.GetValueOrDefault(e.ActorId, e.ActorId.ToString()), e.ApplicationId?.ToString(), e.SessionId?.ToString()]);
            }
        }
        else
        {
            CsvRows.Row(csv, ["at", "action", "by", "account", "detail"]);
            var rows = PersonUnknown ? [] : await audit.Query(Filter()).Take(MaxCsvRows).ToListAsync(cancellationToken);
            var names = await people.NamesAsync(rows.SelectMany(e => new[] { e.ActorId, e.SubjectId }).OfType<Guid>());
            string NameOf(Guid? id) => id is { } g ? names.GetValueOrDefault(g, g.ToString()) : "";
            foreach (var e in rows)
            {
                CsvRows.Row(csv, [Stamp(e.At), e.Action, NameOf(e.ActorId), NameOf(e.SubjectId), e.Detail]);
            }
        }

        await audit.RecordAsync(AccountActions.AuditExported, SignedInUser.Id(User), Person, View, cancellationToken);
        return File(CsvRows.Encode(csv), "text/csv; charset=utf-8",
            $"audit-{View}-{clock.GetUtcNow():yyyyMMdd}.csv");
    }

    public string Link(int page, string? view = null, string? handler = null) =>
        $"/Admin/Audit?{(handler is null ? "" : $"handler={handler}&")}view={view ?? View}&person={Person}&email={Uri.EscapeDataString(Email ?? "")}" +
        $"&from={From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&to={To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" +
        $"&action={Uri.EscapeDataString(Action ?? "")}&page={page}";

    public string NameOf(Guid? id) => id is { } g && Names.TryGetValue(g, out var name) ? name : id is null ? "—" : AdminText.UnknownPerson;

    private AccountEventFilter Filter() => new(Person, From, To, AccountActions.All.Contains(Action) ? Action : null);

    private async Task ResolvePersonAsync()
    {
        View = View == "data" ? "data" : "accounts";
        if (Person is null && !string.IsNullOrWhiteSpace(Email) && Email.Length <= 320)
        {
            Person = (await users.FindByEmailAsync(Email.Trim()))?.Id;
            PersonUnknown = Person is null;
        }

        if (Person is { } id)
        {
            PersonName = (await people.NamesAsync([id])).GetValueOrDefault(id);
            PersonUnknown = PersonName is null;
        }
    }

    private static string Stamp(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
