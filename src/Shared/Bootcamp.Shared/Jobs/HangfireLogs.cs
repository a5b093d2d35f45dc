using Microsoft.Extensions.Logging;
using HangfireLevel = Hangfire.Logging.LogLevel;

namespace Bootcamp.Shared.Jobs;

/// <summary>
/// Hangfire keeps one log provider for the whole process and creates loggers from it lazily, while processing jobs. With
/// several Hosts in one process (the tests), the provider may belong to a Host already disposed, whose logger factory
/// then throws on every new logger and stalls the workers of the Hosts still running. This adapter logs through
/// <c>ILogger</c> and goes quiet instead of throwing once its factory is gone.
/// </summary>
internal sealed class HangfireLogs(ILoggerFactory factory) : Hangfire.Logging.ILogProvider
{
    public Hangfire.Logging.ILog GetLogger(string name)
    {
        try
        {
            return new ForwardingLog(factory.CreateLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return Quiet.Instance;
        }
    }

    private sealed class ForwardingLog(ILogger logger) : Hangfire.Logging.ILog
    {
        public bool Log(HangfireLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            var level = logLevel switch
            {
                HangfireLevel.Trace => LogLevel.Trace,
                HangfireLevel.Debug => LogLevel.Debug,
                HangfireLevel.Info => LogLevel.Information,
                HangfireLevel.Warn => LogLevel.Warning,
                HangfireLevel.Error => LogLevel.Error,
                _ => LogLevel.Critical,
            };
            try
            {
                if (messageFunc is null)
                {
                    return logger.IsEnabled(level);
                }

                if (logger.IsEnabled(level))
                {
                    // Hangfire hands over finished messages, not templates.
                    logger.Log(level, default, messageFunc(), exception, static (message, _) => message);
                }

                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }

    private sealed class Quiet : Hangfire.Logging.ILog
    {
        public static readonly Quiet Instance = new();

        public bool Log(HangfireLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
