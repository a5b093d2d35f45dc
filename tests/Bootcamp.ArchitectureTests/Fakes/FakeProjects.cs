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

    public const string WebReferencingImplementationAndOtherWeb = """
        <Project Sdk="Microsoft.NET.Sdk.Razor">
          <ItemGroup>
            <ProjectReference Include="..\..\..\Web\Bootcamp.Web\Bootcamp.Web.csproj" />
            <ProjectReference Include="..\Bootcamp.Placements.Contracts\Bootcamp.Placements.Contracts.csproj" />
            <ProjectReference Include="..\..\Sessions\Bootcamp.Sessions.Contracts\Bootcamp.Sessions.Contracts.csproj" />
            <ProjectReference Include="..\Bootcamp.Placements\Bootcamp.Placements.csproj" />
            <ProjectReference Include="..\..\Sessions\Bootcamp.Sessions.Web\Bootcamp.Sessions.Web.csproj" />
            <ProjectReference Include="..\..\..\Shared\Bootcamp.Mail\Bootcamp.Mail.csproj" />
          </ItemGroup>
        </Project>
        """;

    public const string ShellReferencingModuleWeb = """
        <Project Sdk="Microsoft.NET.Sdk.Razor">
          <ItemGroup>
            <ProjectReference Include="..\..\Shared\Bootcamp.Shared\Bootcamp.Shared.csproj" />
            <ProjectReference Include="..\..\Shared\Bootcamp.Identity\Bootcamp.Identity.csproj" />
            <ProjectReference Include="..\..\Modules\Sessions\Bootcamp.Sessions.Contracts\Bootcamp.Sessions.Contracts.csproj" />
            <ProjectReference Include="..\..\Modules\Sessions\Bootcamp.Sessions.Web\Bootcamp.Sessions.Web.csproj" />
            <ProjectReference Include="..\..\Modules\Sessions\Bootcamp.Sessions\Bootcamp.Sessions.csproj" />
          </ItemGroup>
        </Project>
        """;
}
