using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Persistence;
using Bootcamp.Applications.Resources;
using FluentValidation;

namespace Bootcamp.Applications.Applying;

internal sealed class WithdrawApplicationValidator : AbstractValidator<WithdrawApplication>
{
    public WithdrawApplicationValidator()
    {
        RuleFor(c => c.Token).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Reason).MaximumLength(Application.MaxWithdrawalReasonLength).WithMessage(_ => ApplicationsMessages.TooLong);
    }
}
