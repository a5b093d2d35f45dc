namespace Bootcamp.ArchitectureTests.Fakes;

/// <summary>Broken on purpose (rule 2): project files as a careless change would leave them.</summary>
internal static class FakeProjects
{
    public const string AttendanceReferencingSessionsImplementation = """
        <Project Sdk="Microsoft.NET.Sdk">
          <ItemGroup>
            <ProjectReference Include="..\..\..\Shared\Bootcamp.Shared\Bootcamp.Shared.csproj" />
            <ProjectReference Include="..\Bootcamp.Attendance.Contracts\Bootcamp.Attendance.Contracts.csproj" />
            <ProjectReference Include="..\..\Sessions\Bootcamp.Sessions.Contracts\Bootcamp.Sessions.Contracts.csproj" />
            <ProjectReference Include="..\..\Sessions\Bootcamp.Sessions\Bootcamp.Sessions.csproj" />
            <ProjectReference Include="..\..\..\Host\Bootcamp.Host.csproj" />
          </ItemGroup>
        </Project>
        """;

    public const string ContractsReferencingInfrastructure = """
        <Project Sdk="Microsoft.NET.Sdk">
          <ItemGroup>
            <PackageReference Include="MediatR" />
            <PackageReference Include="Microsoft.EntityFrameworkCore" />
            <ProjectReference Include="..\..\..\Shared\Bootcamp.Shared.Contracts\Bootcamp.Shared.Contracts.csproj" />
            <ProjectReference Include="..\..\..\Shared\Bootcamp.Shared\Bootcamp.Shared.csproj" />
            <ProjectReference Include="..\..\Attendance\Bootcamp.Attendance\Bootcamp.Attendance.csproj" />
          </ItemGroup>
        </Project>
        """;
}
