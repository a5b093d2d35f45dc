using Bootcamp.Sessions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Bootcamp.Sessions.Web.Pages.Public;

/// <summary>Anyone holding a certificate (an employer) checks it here: the page shows only what the certificate says.
/// Rate-limited so codes cannot be enumerated.</summary>
[EnableRateLimiting(PublicRateLimit.Policy)]
internal sealed class VerifyModel(IMediator mediator) : BootcampPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public CertificateVerificationDto? Certificate { get; private set; }

    public bool Checked { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Code))
        {
            return Page();
        }

        Checked = true;
        Certificate = await mediator.Send(new VerifyCertificate(Code.Trim()), cancellationToken);
        if (Certificate is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }
}
