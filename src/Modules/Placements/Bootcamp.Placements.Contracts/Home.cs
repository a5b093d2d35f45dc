using Bootcamp.Shared.Contracts;

namespace Bootcamp.Placements.Contracts;

/// <summary>The follow-up work of the placement director's home, counted over everyone followed (consent to follow-up
/// contact in force).</summary>
public sealed record GetFollowUpWorkload : IQuery<FollowUpWorkloadDto>;

/// <param name="DueThisWeek">Waves not sent yet that fall due from today to 7 days later: the dispatch job mails them.</param>
/// <param name="Overdue">Waves past their due date and still not sent: something holds them up (mail, the job).</param>
/// <param name="ToChase">As the dashboard's list: sent, unanswered, still open and at least the reminder delay old.</param>
public sealed record FollowUpWorkloadDto(int DueThisWeek, int Overdue, int ToChase);
