using System.Reflection;
using Bootcamp.ArchitectureTests.Infrastructure;
using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.Outbox;
using MediatR;

namespace Bootcamp.ArchitectureTests.Rules;

/// <summary>
/// Rule 5: a handler of an integration event derives from <see cref="IntegrationEventHandler{TEvent, TContext}"/>, whose
/// inbox makes it idempotent: the outbox delivers at least once, so a handler implementing INotificationHandler directly
/// would run twice on a redelivery.
/// </summary>
internal static class IntegrationEventHandlerRule
{
    public static IReadOnlyList<string> Check(Assembly implementation)
    {
        var violations = new List<string>();
        foreach (var type in AssemblyTypes.All(implementation).Where(t => t.IsClass).OrderBy(AssemblyTypes.NameOf, StringComparer.Ordinal))
        {
            var events = type.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(INotificationHandler<>))
                .Select(i => i.GenericTypeArguments[0])
                .Where(IsIntegrationEvent)
                .ToList();
            if (events.Count == 0 || DerivesFromIntegrationEventHandler(type))
            {
                continue;
            }

            foreach (var integrationEvent in events)
            {
                var name = integrationEvent.Name;
                violations.Add($"{implementation.GetName().Name}: '{AssemblyTypes.NameOf(type)}' handles integration event '{name}' by "
                    + $"implementing INotificationHandler<{name}> directly, so a redelivered event would be processed twice. Derive it from "
                    + $"Bootcamp.Shared.Outbox.IntegrationEventHandler<{name}, YourModuleDbContext> and put the work in HandleOnceAsync: "
                    + "the inbox row commits with the work and duplicates are skipped.");
            }
        }

        return violations;
    }

    private static bool IsIntegrationEvent(Type type) =>
        type.IsGenericParameter
            ? type.GetGenericParameterConstraints().Any(c => typeof(IntegrationEvent).IsAssignableFrom(c))
            : typeof(IntegrationEvent).IsAssignableFrom(type);

    private static bool DerivesFromIntegrationEventHandler(Type type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(IntegrationEventHandler<,>))
            {
                return true;
            }
        }

        return false;
    }
}
