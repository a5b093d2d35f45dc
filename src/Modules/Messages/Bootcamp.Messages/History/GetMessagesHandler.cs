using Bootcamp.Messages.Contracts;
using Bootcamp.Messages.Persistence;
using Bootcamp.Messages.Resources;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Messages.History;

internal sealed class GetMessagesHandler(MessagesDbContext db) : IRequestHandler<GetMessages, PagedResult<MessageSummaryDto>>
{
    public async Task<PagedResult<MessageSummaryDto>> Handle(GetMessages request, CancellationToken cancellationToken)
    {
        var (page, size) = Paging.Normalise(request.Page, request.PageSize);
        var query = db.Messages.AsNoTracking().Where(m => m.SessionId == request.SessionId);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(m => m.SentAt).ThenByDescending(m => m.Id)
            .Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new PagedResult<MessageSummaryDto>([.. items.Select(m => m.ToSummary())], page, size, total);
    }
}

internal sealed class GetMessageHandler(MessagesDbContext db) : IRequestHandler<GetMessage, MessageDto>
{
    public async Task<MessageDto> Handle(GetMessage request, CancellationToken cancellationToken)
    {
        var message = await db.Messages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == request.MessageId, cancellationToken)
            ?? throw new NotFoundException(MessagesMail.MessageNotFound);
        return new MessageDto(message.ToSummary(), message.Text);
    }
}
