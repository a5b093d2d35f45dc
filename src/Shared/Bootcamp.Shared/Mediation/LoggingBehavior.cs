using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;

namespace Bootcamp.Shared.Mediation;

internal sealed partial class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            LogHandled(typeof(TRequest).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception ex)
        {
            // Requests carry personal data: log the type and timing, never the payload.
            LogFailed(typeof(TRequest).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds, ex.GetType().Name);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Request} handled in {ElapsedMs:0.0} ms")]
    private partial void LogHandled(string request, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Request} failed after {ElapsedMs:0.0} ms with {Error}")]
    private partial void LogFailed(string request, double elapsedMs, string error);
}
