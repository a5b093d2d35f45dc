using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Resources;
using Bootcamp.Shared.Input;
using FluentValidation;

namespace Bootcamp.Applications.Links.Resending;

internal sealed class ResendStatusLinksValidator : AbstractValidator<ResendStatusLinks>
{
    // Saying an address is malformed reveals nothing about who applied.
    public ResendStatusLinksValidator() =>
        RuleFor(c => c.Email).MailAddress().WithMessage(_ => ApplicationsMessages.EmailInvalid);
}
