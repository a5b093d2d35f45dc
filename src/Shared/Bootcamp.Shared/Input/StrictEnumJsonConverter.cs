using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bootcamp.Shared.Input;

/// <summary>
/// Enums in JSON as their member names, read under <see cref="EnumInput"/>'s rule: a string holding one member's name.
/// Replaces <see cref="JsonStringEnumConverter"/>, which also reads numbers and comma-combined names. Writes the same
/// names it did. The error never repeats the value (it may be personal data).
/// </summary>
public sealed class StrictEnumJsonConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        return typeToConvert.IsEnum;
    }

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<TEnum> : JsonConverter<TEnum>
        where TEnum : struct, Enum
    {
        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String ? Parse(reader.GetString()) : throw Refused();

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());

        public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Parse(reader.GetString());

        public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WritePropertyName(value.ToString());

        private static TEnum Parse(string? text) => EnumInput.TryParse<TEnum>(text, out var value) ? value : throw Refused();

        private static JsonException Refused() => new($"Expected the name of one {typeof(TEnum).Name}.");
    }
}
