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
