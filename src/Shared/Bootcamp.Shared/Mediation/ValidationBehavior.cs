using Bootcamp.Shared.Contracts;
using FluentValidation;
using MediatR;

namespace Bootcamp.Shared.Mediation;

/// <summary>Applies the rules every field of every request obeys (<see cref="RequestInput"/>: no control characters,
/// enum values that are members), then runs the request's FluentValidation validators; messages come out in the current
/// UI culture.</summary>
internal sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var failures = RequestInput.Offending(request)
            .Select(o => new FluentValidation.Results.ValidationFailure(o.Path, o.Message))
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
