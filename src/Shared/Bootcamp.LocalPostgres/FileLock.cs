using Microsoft.Extensions.Logging;

namespace Bootcamp.LocalPostgres;

/// <summary>
/// Cross-process exclusive lock on a file (FileShare.None, which is flock(LOCK_EX) on Unix). Serialises
/// init/start/stop of one data directory between processes (and between instances in one process).
/// The lock file is deliberately never deleted while in use: deleting it would let two processes lock two
/// different inodes of "the same" file.
/// </summary>
internal sealed class FileLock : IDisposable
{
    private readonly FileStream _stream;

    private FileLock(FileStream stream) => _stream = stream;

    internal static async Task<FileLock> AcquireAsync(string path, TimeSpan timeout, ILogger logger, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + timeout;
        var logged = false;
        while (true)
        {
            try
            {
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return new FileLock(stream);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                if (!logged)
                {
                    logger.LogInformation(
                        "Waiting for lock {LockFile}: another process is initialising or starting this PostgreSQL cluster",
                        path);
                    logged = true;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(250), ct).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                throw new InvalidOperationException(
                    $"Timed out after {timeout.TotalSeconds:0} s waiting for the lock file {path}: "
                    + "another process keeps initialising or starting this PostgreSQL cluster.",
                    ex);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
