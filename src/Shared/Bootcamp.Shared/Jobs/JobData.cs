using System.Globalization;
using Quartz;

namespace Bootcamp.Shared.Jobs;

/// <summary>
/// Job data holds ids only: a job looks everything else up when it fires, so the store never keeps personal data, a
/// stale copy, or a serialized type that a later release cannot read. The store enforces strings
/// (<c>StoreJobDataAsStrings</c>); these helpers keep them ids.
/// </summary>
public static class JobData
{
    /// <summary>The key of the single id most jobs carry.</summary>
    public const string IdKey = "id";

    /// <summary>Job data carrying one id.</summary>
    public static JobDataMap ForId(Guid id) => ForIds(new Dictionary<string, Guid> { [IdKey] = id });

    /// <summary>Job data carrying several named ids (e.g. a participant and a session).</summary>
    public static JobDataMap ForIds(IReadOnlyDictionary<string, Guid> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var map = new JobDataMap();
        foreach (var (key, id) in ids)
        {
            map.PutAsString(key, id);
        }

        return map;
    }

    /// <summary>The id stored under <see cref="IdKey"/> (or <paramref name="key"/>) of the firing's merged job data.</summary>
    public static Guid GetId(this IJobExecutionContext context, string key = IdKey)
    {
        ArgumentNullException.ThrowIfNull(context);
        return GetId(context.MergedJobDataMap, key);
    }

    public static Guid GetId(this JobDataMap data, string key = IdKey)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!data.TryGetString(key, out var value) || !Guid.TryParse(value, CultureInfo.InvariantCulture, out var id))
        {
            throw new JobExecutionException($"The job data has no id under '{key}'.");
        }

        return id;
    }
}
