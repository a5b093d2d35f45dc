using Bootcamp.Surveys.Contracts;
using Bootcamp.Surveys.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Surveys.Home;

internal sealed class GetLowResponseSurveysHandler(SurveysDbContext db, TimeProvider clock)
    : IRequestHandler<GetLowResponseSurveys, IReadOnlyList<SurveyResponseDto>>
{
    public async Task<IReadOnlyList<SurveyResponseDto>> Handle(GetLowResponseSurveys request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = await db.Invitations.AsNoTracking()
            .GroupBy(i => new { i.SessionId, i.Kind })
            .Where(g => g.Any(i => i.AnsweredAt == null && i.ExpiresAt > now))
            .Select(g => new SurveyResponseDto(g.Key.SessionId, g.Key.Kind, g.Count(), g.Count(i => i.AnsweredAt != null)))
            .ToListAsync(cancellationToken);
        return [.. rows.Where(r => r.Rate < request.Threshold).OrderBy(r => r.Rate).ThenBy(r => r.SessionId).ThenBy(r => r.Kind)];
    }
}
