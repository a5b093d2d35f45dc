using Bootcamp.Shared.Contracts;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Host.Infrastructure;

/// <summary>Turns the modules' rule failures into ProblemDetails: bad input is never a 500.</summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ApiInput.InRequestCulture(httpContext);
        ProblemDetails? problem = exception switch
        {
            ValidationFailedException v => new ValidationProblemDetails(v.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = Resources.HostText.ValidationTitle,
            },
            NotFoundException => NotFound(),
            ConflictException c => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = Resources.HostText.ConflictTitle, Detail = c.Message },
            BadHttpRequestException b => ApiInput.Problem(b),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>The API's one "not found": a module's, and a wrong private link's (<see cref="PrivateLinkGate"/>).</summary>
    public static ProblemDetails NotFound() => new() { Status = StatusCodes.Status404NotFound, Title = Resources.HostText.NotFoundTitle };
}
