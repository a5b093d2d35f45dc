namespace Bootcamp.Applications.Contracts;

/// <summary>The quota category an applicant is counted in: newcomers fill about 70 % of seats, established residents the rest.</summary>
public enum ApplicantCategory
{
    Newcomer,
    EstablishedResident,
}
