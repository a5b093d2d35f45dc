using Bootcamp.ArchitectureTests.Fakes;
using Bootcamp.ArchitectureTests.Infrastructure;
using Bootcamp.ArchitectureTests.Rules;

namespace Bootcamp.ArchitectureTests;

/// <summary>Rule 5: integration event handlers are idempotent through the inbox (IntegrationEventHandler base class).</summary>
public class IntegrationEventHandlerTests
{
    public static TheoryData<string> Modules => BootcampAssemblies.ModuleNames();

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_integration_event_handlers_derive_from_IntegrationEventHandler(string module)
    {
        var violations = IntegrationEventHandlerRule.Check(BootcampAssemblies.Module(module).ImplementationAssembly);

        Violations.AssertNone(violations, $"{module}: every integration event handler is deduplicated through the inbox");
    }

    [Fact]
    public void Host_and_shared_have_no_integration_event_handler_without_inbox()
    {
        var violations = IntegrationEventHandlerRule.Check(BootcampAssemblies.Host)
            .Concat(IntegrationEventHandlerRule.Check(BootcampAssemblies.Shared))
            .ToList();

        Violations.AssertNone(violations, "integration events are handled only through IntegrationEventHandler");
    }

    [Fact]
    public void Rule_fails_when_a_handler_implements_INotificationHandler_directly()
    {
        var violations = IntegrationEventHandlerRule.Check(typeof(DirectTestEventHandler).Assembly);

        Violations.AssertReported(violations, "'Bootcamp.ArchitectureTests.Fakes.DirectTestEventHandler' handles integration event 'SomeTestEvent'",
            "Derive it from Bootcamp.Shared.Outbox.IntegrationEventHandler<SomeTestEvent, YourModuleDbContext>", "HandleOnceAsync");
        Violations.AssertNotReported(violations, nameof(DeduplicatedTestEventHandler));
        Violations.AssertNotReported(violations, nameof(PlainTestNotificationHandler));
        Assert.Single(violations);
    }
}
