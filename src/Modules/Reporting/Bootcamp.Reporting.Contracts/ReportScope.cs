namespace Bootcamp.Reporting.Contracts;

/// <summary>What an impact report covers.</summary>
public enum ReportScope
{
    Session,
    Year,
    AllFunded,
}
