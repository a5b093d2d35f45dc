using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Resources;
using Bootcamp.Shared.Input;
using FluentValidation;

namespace Bootcamp.Applications.Applying;

internal sealed class ApplyValidator : AbstractValidator<Apply>
{
    public ApplyValidator(TimeProvider clock)
    {
        RuleFor(a => a.SessionId).NotEmpty();
        RuleFor(a => a.IdempotencyKey).NotEmpty().MaximumLength(100);
        RuleFor(a => a.Profile).NotNull().SetValidator(new ApplicantProfileValidator(clock));
        RuleFor(a => a.Consents.ProgrammeAdministration).Equal(true).WithMessage(_ => ApplicationsMessages.ProgrammeConsentRequired);
        // An earlier published version is fine (a form opened before a new notice went live); a made-up one is not.
        RuleFor(a => a.PrivacyNoticeVersion).Must(v => v is null || Bootcamp.Shared.Privacy.PrivacyNotice.IsPublished(v))
            .WithMessage(_ => ApplicationsMessages.UnknownPrivacyNoticeVersion);
    }
}

internal sealed class ApplicantProfileValidator : AbstractValidator<ApplicantProfile>
{
    public ApplicantProfileValidator(TimeProvider clock)
    {
        RuleFor(p => p.FirstName).NotEmpty().WithMessage(_ => ApplicationsMessages.FirstNameRequired).MaximumLength(100).WithMessage(_ => ApplicationsMessages.TooLong);
        RuleFor(p => p.LastName).NotEmpty().WithMessage(_ => ApplicationsMessages.LastNameRequired).MaximumLength(100).WithMessage(_ => ApplicationsMessages.TooLong);
        // The address the confirmation is mailed to: the shared rule, so what is accepted here can be mailed.
        RuleFor(p => p.Email).MailAddress().WithMessage(_ => ApplicationsMessages.EmailInvalid);
        RuleFor(p => p.Phone).Matches(@"^\+?[0-9 ()\-.]{7,25}$").When(p => !string.IsNullOrWhiteSpace(p.Phone)).WithMessage(_ => ApplicationsMessages.PhoneInvalid);
        RuleFor(p => p.PreferredLanguage).Must(l => l is "fr-CA" or "en-CA").WithMessage(_ => ApplicationsMessages.LanguageInvalid);
        RuleFor(p => p.ResidencyStatus).NotNull().WithMessage(_ => ApplicationsMessages.ResidencyRequired).IsInEnum();
        RuleFor(p => p.ArrivedInCanadaOn).Must(d => d is null || d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1))
            .WithMessage(_ => ApplicationsMessages.ArrivalInFuture);
        RuleFor(p => p.AuthorisedToWork).NotNull().WithMessage(_ => ApplicationsMessages.WorkAuthorisationRequired);
        RuleFor(p => p.ConfirmsEveningAvailability).Equal(true).WithMessage(_ => ApplicationsMessages.EveningAvailabilityRequired);
        RuleFor(p => p.YearsOfWorkExperience).InclusiveBetween(0, 60).When(p => p.YearsOfWorkExperience is not null).WithMessage(_ => ApplicationsMessages.ExperienceRange);
        foreach (var (field, max) in new (System.Linq.Expressions.Expression<Func<ApplicantProfile, string?>>, int)[]
                 {
                     (p => p.HighestEducation, 200), (p => p.EducationField, 200), (p => p.EducationCountry, 100), (p => p.WorkField, 200),
                     (p => p.PriorCodingExposure, 1000), (p => p.Languages, 200), (p => p.Motivation, 3000), (p => p.OtherNeeds, 1000),
                     (p => p.HowTheyHeard, 200), (p => p.ReferringAgency, 200), (p => p.Gender, 100), (p => p.AgeRange, 20),
                 })
        {
            RuleFor(field).MaximumLength(max).WithMessage(_ => ApplicationsMessages.TooLong);
        }
    }
}
