using Bootcamp.Identity;
using Bootcamp.Identity.TwoFactor;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Host.Infrastructure;

/// <summary>
/// A signed-in person whose role requires two-factor sign-in and who has not set it up reaches only the set-up page, and
/// what that page needs: signing out, the language switch, the status and error pages (decisions/0017). Every other
/// page sends them there; the API answers 403 saying why. The person is already loaded by the session check of this
/// request (<c>SessionValidator</c>), so looking them up again costs no query.
/// </summary>
internal static class TwoFactorGate
{
    public const string SetUpPage = "/Account/Manage/TwoFactor";

    private static readonly string[] Open = [SetUpPage, "/Account/Manage/RecoveryCodes", "/Account/Logout", "/Account/AccessDenied", "/culture", "/Status", "/Error", "/health"];

    public static IApplicationBuilder UseTwoFactorGate(this WebApplication app)
    {
        var requirement = app.Services.GetRequiredService<TwoFactorRequirement>();
        if (requirement.IgnoredSetting)
        {
            app.Logger.LogWarning("{Setting} is false, which only Development and Testing honour: two-factor sign-in stays required for {Roles} in {Environment}.",
                TwoFactorRequirement.Setting, string.Join(", ", TwoFactorRequirement.RolesRequiringIt), app.Environment.EnvironmentName);
        }

        return app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true && requirement.AppliesTo(context.User) && !IsOpen(context.Request.Path)
                && await context.RequestServices.GetRequiredService<UserManager<BootcampUser>>().GetUserAsync(context.User) is { TwoFactorEnabled: false })
            {
                await RefuseAsync(context);
                return;
            }

            await next(context);
        });
    }

    private static bool IsOpen(PathString path) => Open.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    private static async Task RefuseAsync(HttpContext context)
    {
        if (!WebShell.IsApi(context.Request))
        {
            context.Response.Redirect(SetUpPage);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = AccountText.TwoFactorRequiredApiTitle,
                Detail = AccountText.TwoFactorRequiredApiDetail,
                Extensions = { ["setUp"] = SetUpPage },
            },
        });
    }
}
