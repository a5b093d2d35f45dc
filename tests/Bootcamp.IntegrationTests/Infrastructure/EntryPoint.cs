namespace Bootcamp.IntegrationTests.Infrastructure;

/// <summary>
/// <c>dotnet Bootcamp.IntegrationTests.dll</c> prints which PostgreSQL the tests will use and why, and exits 2 when
/// there is none; scripts/test.sh prints it before the tests run. It is this assembly rather than a tool of its own
/// because only here are the Docker probe (Testcontainers) and the choice the fixture makes one and the same code,
/// already built by the build the tests use. The test runner never calls it: it loads the assembly into its own host.
/// </summary>
internal static class EntryPoint
{
    public static int Main()
    {
        var choice = TestPostgres.Choice;
        Console.WriteLine(choice.Describe());
        return choice.Provider == Bootcamp.LocalPostgres.TestPostgresProvider.None ? 2 : 0;
    }
}
