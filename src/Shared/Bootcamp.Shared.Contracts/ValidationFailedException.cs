namespace Bootcamp.Shared.Contracts;

/// <summary>Raised by the validation behaviour. Messages are already localised to the caller's UI culture;
/// the Host turns this into a 400 ProblemDetails (API) or field messages (pages).</summary>
public sealed class ValidationFailedException : Exception
{
    public ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
        : base("One or more validation errors occurred.") => Errors = errors;

    public ValidationFailedException() : this(new Dictionary<string, string[]>()) { }

    public ValidationFailedException(string message) : base(message) => Errors = new Dictionary<string, string[]>();

    public ValidationFailedException(string message, Exception innerException)
        : base(message, innerException) => Errors = new Dictionary<string, string[]>();

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>One field's message, for rules a handler can only check against the database (a race, a roster).</summary>
    public static ValidationFailedException For(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>The thing asked for does not exist, or the caller may not know it exists (404 either way).</summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException() { }
    public NotFoundException(string message) : base(message) { }
    public NotFoundException(string message, Exception innerException) : base(message, innerException) { }
}

/// <summary>A business rule refused the change (409): the message is localised and safe to show.</summary>
public sealed class ConflictException : Exception
{
    public ConflictException() { }
    public ConflictException(string message) : base(message) { }
    public ConflictException(string message, Exception innerException) : base(message, innerException) { }
}
