using System.Collections.Concurrent;
using System.Text.Json;
using Bootcamp.Shared.Contracts;

namespace Bootcamp.Shared.Outbox;

/// <summary>Maps the type names stored in outbox rows back to event types found in the modules' contracts.</summary>
public sealed class IntegrationEventTypes
{
    internal static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    private readonly ConcurrentDictionary<string, Type> _types = new(StringComparer.Ordinal);

    public IntegrationEventTypes(IEnumerable<Type> eventTypes)
    {
        ArgumentNullException.ThrowIfNull(eventTypes);
        foreach (var type in eventTypes)
        {
            _types[NameOf(type)] = type;
        }
    }

    public static string NameOf(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.FullName ?? type.Name;
    }

    public IntegrationEvent Deserialize(string typeName, string payload)
    {
        if (!_types.TryGetValue(typeName, out var type))
        {
            throw new InvalidOperationException($"Unknown integration event type '{typeName}'.");
        }

        return (IntegrationEvent)(JsonSerializer.Deserialize(payload, type, SerializerOptions)
            ?? throw new InvalidOperationException($"Empty payload for '{typeName}'."));
    }
}
