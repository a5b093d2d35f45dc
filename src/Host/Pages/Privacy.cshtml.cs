using Bootcamp.Shared.Privacy;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Bootcamp.Host.Pages;

/// <summary>The Law 25 s. 8 notice. It reads the live settings rather than repeating them in text, so the officer and
/// the retention periods shown are the ones the programme actually applies.</summary>
internal sealed class PrivacyModel(IOptionsSnapshot<PrivacyOptions> privacy, IOptionsSnapshot<RetentionOptions> retention) : PageModel
{
    public PrivacyOptions Privacy { get; } = privacy.Value;

    public RetentionOptions Retention { get; } = retention.Value;

    public bool HasOfficer => !string.IsNullOrWhiteSpace(Privacy.OfficerName) || !string.IsNullOrWhiteSpace(Privacy.OfficerEmail);

    public void OnGet()
    {
    }
}
