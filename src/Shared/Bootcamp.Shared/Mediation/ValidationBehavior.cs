using Bootcamp.Shared.Contracts;
using FluentValidation;
using Bootcamp.Shared.Resources;
using MediatR;

namespace Bootcamp.Shared.Mediation;

/// <summary>Refuses control characters in any text of the request (<see cref="TextInput"/>), then runs its FluentValidation validators; messages come out in the current UI culture.</summary>
internal sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var failures = TextInput.Offending(request)
            .Select(path => new FluentValidation.Results.ValidationFailure(path, SharedMessages.ControlCharacters))
            .ToList();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<TRequest>(request), cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            var errors = failures
                .GroupBy(f => f.PropertyName, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
            throw new ValidationFailedException(errors);
        }

        return await next();
    }
}
