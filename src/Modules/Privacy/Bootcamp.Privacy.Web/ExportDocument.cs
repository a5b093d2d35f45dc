using System.Text.Json;
using Bootcamp.Privacy.Contracts;

namespace Bootcamp.Privacy.Web;

/// <summary>
/// The machine-readable copy (Law 25 s. 27, portability): one JSON document whose shape is fixed by
/// docs/schemas/personal-data-export.v1.schema.json — modules, their records, each record's fields by stable name.
/// Labels travel beside the names so a person reading it without the app still understands it.
/// </summary>
internal static class ExportDocument
{
    public const string SchemaId = "https://bootcamp.example.org/schemas/personal-data-export.v1.json";

    public static byte[] Json(PersonalDataExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaId);
            json.WriteNumber("version", 1);
            json.WriteString("generatedAt", export.GeneratedAt);
            json.WriteString("language", export.Culture);
            json.WriteString("person", export.PersonName);
            json.WriteStartArray("modules");
            foreach (var module in export.Modules)
            {
                json.WriteStartObject();
                json.WriteString("module", module.Module);
                json.WriteString("label", module.ModuleLabel);
                json.WriteStartArray("records");
                foreach (var record in module.Records)
                {
                    json.WriteStartObject();
                    json.WriteString("kind", record.Kind);
                    json.WriteString("label", record.KindLabel);
                    json.WriteStartArray("fields");
                    foreach (var field in record.Fields)
                    {
                        json.WriteStartObject();
                        json.WriteString("name", field.Name);
                        json.WriteString("label", field.Label);
                        json.WriteString("value", field.Value);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
