using Bootcamp.Messages.Contracts;
using Bootcamp.Messages.Recipients;
using Bootcamp.Messages.Resources;
using Bootcamp.Sessions.Contracts;
using MediatR;

namespace Bootcamp.Messages.Previewing;

/// <summary>The mails a French and an English reader would get, addressed to a sample first name, and who would get them.</summary>
internal sealed class PreviewMessageHandler(IMediator mediator, Audience audience) : IRequestHandler<PreviewMessage, MessagePreviewDto>
{
    public async Task<MessagePreviewDto> Handle(PreviewMessage request, CancellationToken cancellationToken)
    {
        var session = await mediator.Send(new GetSession(request.SessionId), cancellationToken);
        var groups = request.Groups.Distinct().ToList();
        var who = await audience.ForAsync(request.SessionId, groups, cancellationToken);
        return new MessagePreviewDto(who.ToDto(groups), Preview(request.Text, session.Details, "fr-CA"), Preview(request.Text, session.Details, "en-CA"));
    }

    private static MailPreviewDto Preview(MessageText text, SessionDetails session, string culture)
    {
        var name = Bootcamp.Mail.MailCulture.Render(culture, () => MessagesMail.PreviewName);
        var (mail, fallback) = MessageMail.Render(text, session, culture, "preview@example.org", name, null, null);
        return new MailPreviewDto(mail.Culture, mail.Subject, mail.TextBody, fallback);
    }
}
