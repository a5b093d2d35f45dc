using Bootcamp.Messages.Contracts;
using Bootcamp.Messages.Resources;
using FluentValidation;

namespace Bootcamp.Messages.Composing;

/// <summary>What the preview and the send both require of a message: at least one language written whole, no subject
/// without its body (or the reverse), lengths the table holds, and a group to send to.</summary>
internal static class MessageTextValidation
{
    public static void Rules<T>(AbstractValidator<T> validator, Func<T, MessageText> text, Func<T, IReadOnlyCollection<RecipientGroup>> groups)
    {
        validator.RuleFor(r => groups(r)).NotEmpty().WithName("Groups").WithMessage(_ => MessagesMail.GroupsRequired)
            .OverridePropertyName("Groups");
        validator.RuleFor(r => text(r)).Must(t => t.HasFrench || t.HasEnglish).WithMessage(_ => MessagesMail.LanguageRequired)
            .OverridePropertyName("Text");
        validator.RuleFor(r => text(r)).Must(t => Whole(t.SubjectFr, t.BodyFr)).WithMessage(_ => MessagesMail.SubjectWithoutBody)
            .OverridePropertyName("Text.BodyFr");
        validator.RuleFor(r => text(r)).Must(t => Whole(t.SubjectEn, t.BodyEn)).WithMessage(_ => MessagesMail.SubjectWithoutBody)
            .OverridePropertyName("Text.BodyEn");
        validator.RuleFor(r => text(r).SubjectFr).MaximumLength(MessageText.MaxSubjectLength).WithMessage(_ => MessagesMail.TooLong)
            .OverridePropertyName("Text.SubjectFr");
        validator.RuleFor(r => text(r).SubjectEn).MaximumLength(MessageText.MaxSubjectLength).WithMessage(_ => MessagesMail.TooLong)
            .OverridePropertyName("Text.SubjectEn");
        validator.RuleFor(r => text(r).BodyFr).MaximumLength(MessageText.MaxBodyLength).WithMessage(_ => MessagesMail.TooLong)
            .OverridePropertyName("Text.BodyFr");
        validator.RuleFor(r => text(r).BodyEn).MaximumLength(MessageText.MaxBodyLength).WithMessage(_ => MessagesMail.TooLong)
            .OverridePropertyName("Text.BodyEn");
    }

    private static bool Whole(string? subject, string? body) => string.IsNullOrWhiteSpace(subject) == string.IsNullOrWhiteSpace(body);
}

internal sealed class SendMessageValidator : AbstractValidator<SendMessage>
{
    public SendMessageValidator()
    {
        MessageTextValidation.Rules(this, r => r.Text, r => r.Groups);
        RuleFor(r => r.IdempotencyKey).NotEmpty().MaximumLength(Message.MaxIdempotencyKeyLength);
    }
}

internal sealed class PreviewMessageValidator : AbstractValidator<PreviewMessage>
{
    public PreviewMessageValidator() => MessageTextValidation.Rules(this, r => r.Text, r => r.Groups);
}
