namespace Bootcamp.Shared.Contracts;

/// <summary>One page of a long list; <see cref="Page"/> counts from 1.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;
}

public static class Paging
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 200;

    /// <summary>Clamps what a caller asked for to something sane instead of failing on it.</summary>
    public static (int Page, int PageSize) Normalise(int page, int pageSize) =>
        (Math.Max(1, page), pageSize <= 0 ? DefaultPageSize : Math.Min(pageSize, MaxPageSize));
}

/// <summary>The one rule of the "find a person" searches of every module: at least two characters, matched anywhere, any case,
/// with LIKE's wildcards taken literally.</summary>
public static class PeopleSearch
{
    public const int MinLength = 2;
    public const int MaxLength = 200;

    public static string Pattern(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        return "%" + Exact(trimmed.Length > MaxLength ? trimmed[..MaxLength] : trimmed) + "%";
    }

    /// <summary>The text as a LIKE pattern matching itself only (escape character: backslash).</summary>
    public static string Exact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
    }
}
