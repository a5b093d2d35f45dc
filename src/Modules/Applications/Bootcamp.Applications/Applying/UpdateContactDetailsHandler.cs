using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Persistence;
using Bootcamp.Applications.Resources;
using Bootcamp.Shared.Contracts;
using FluentValidation;
using MediatR;

namespace Bootcamp.Applications.Applying;

internal sealed class UpdateContactDetailsValidator : AbstractValidator<UpdateContactDetails>
{
    public UpdateContactDetailsValidator()
    {
        RuleFor(c => c.Token).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Phone).Matches(@"^\s*\+?[0-9 ()\-.]{7,25}\s*$").When(c => !string.IsNullOrWhiteSpace(c.Phone)).WithMessage(_ => ApplicationsMessages.PhoneInvalid);
        RuleFor(c => c.PreferredLanguage).Must(l => l is "fr-CA" or "en-CA").WithMessage(_ => ApplicationsMessages.LanguageInvalid);
    }
}

/// <summary>Changes the phone and the language of every later message; the email stays, as it identifies the application.</summary>
internal sealed class UpdateContactDetailsHandler(ApplicationsDbContext db, TimeProvider clock) : IRequestHandler<UpdateContactDetails, Guid>
{
    public async Task<Guid> Handle(UpdateContactDetails request, CancellationToken cancellationToken)
    {
        var a = await StatusLinks.FindAsync(db, request.Token, track: true, cancellationToken);
        if (!a.CanChangeContact)
        {
            throw new ConflictException(ApplicationsMessages.WithdrawnCannotChange);
        }

        var phone = string.IsNullOrWhiteSpace(request.Phone) ? null : request.Phone.Trim();
        if (a.Phone == phone && a.PreferredLanguage == request.PreferredLanguage)
        {
            return a.Id; // nothing changed: no write
        }

        a.Phone = phone;
        a.PreferredLanguage = request.PreferredLanguage;
        a.UpdatedAt = clock.GetUtcNow();
        return a.Id;
    }
}
