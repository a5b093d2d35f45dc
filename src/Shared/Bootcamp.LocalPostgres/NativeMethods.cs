using System.Runtime.InteropServices;

namespace Bootcamp.LocalPostgres;

internal static class NativeMethods
{
    /// <summary>True when the current process runs with effective uid 0 (PostgreSQL refuses to run as root).</summary>
    internal static bool IsRoot()
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            return geteuid() == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return string.Equals(Environment.UserName, "root", StringComparison.Ordinal);
        }
    }

    [DllImport("libc", EntryPoint = "geteuid", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SYSLIB1054 // LibraryImport would require AllowUnsafeBlocks for this one trivial call.
    private static extern uint geteuid();
#pragma warning restore SYSLIB1054
}
