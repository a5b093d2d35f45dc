namespace Bootcamp.Placements.Contracts;

/// <summary>Outcome codes in the style of bootcamp outcome reporting standards.</summary>
public enum OutcomeCode
{
    FullTimeEmployee,
    InternshipApprenticeshipOrContract,
    StartedBusiness,
    PartTimeOrFreelance,
    OutOfField,
    StillSeeking,
    NotSeeking,
    NonReporting,
}

public static class OutcomeCodes
{
    /// <summary>The outcomes that count as placed, in the order forms offer them.</summary>
    public static readonly IReadOnlyList<OutcomeCode> Employed =
    [
        OutcomeCode.FullTimeEmployee, OutcomeCode.InternshipApprenticeshipOrContract, OutcomeCode.StartedBusiness,
        OutcomeCode.PartTimeOrFreelance, OutcomeCode.OutOfField,
    ];

    /// <summary>Whether the outcome counts as placed: a job, internship, contract, business or freelance work, in field or not.</summary>
    public static bool IsPlaced(this OutcomeCode outcome) =>
        outcome is not (OutcomeCode.StillSeeking or OutcomeCode.NotSeeking or OutcomeCode.NonReporting);
}
