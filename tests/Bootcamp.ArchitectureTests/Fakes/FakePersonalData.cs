using Bootcamp.Shared.Contracts.PersonalData;

namespace Bootcamp.ArchitectureTests.Fakes;

/// <summary>Broken on purpose (decisions/0018): the fake module stores a personal property and registers no holder.</summary>
internal sealed class FakeApplicant
{
    [PersonalData]
    public string Email { get; set; } = "";
}
