using Bootcamp.Messages.Contracts;
using MediatR;

namespace Bootcamp.Messages.Recipients;

internal sealed class GetAudienceHandler(Audience audience) : IRequestHandler<GetAudience, AudienceDto>
{
    public async Task<AudienceDto> Handle(GetAudience request, CancellationToken cancellationToken)
    {
        IReadOnlyCollection<RecipientGroup> groups = request.Groups.Count == 0 ? Enum.GetValues<RecipientGroup>() : [.. request.Groups.Distinct()];
        // Each group alone, so a person in two groups is counted in both; the totals are those of all the groups together.
        var all = await audience.ForAsync(request.SessionId, groups, cancellationToken);
        return all.ToDto(groups);
    }
}
