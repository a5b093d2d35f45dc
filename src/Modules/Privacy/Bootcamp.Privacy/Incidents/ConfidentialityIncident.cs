using Bootcamp.Privacy.Contracts;
using Bootcamp.Privacy.Resources;
using Bootcamp.Shared.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bootcamp.Privacy.Incidents;

/// <summary>
/// One confidentiality incident in the register Law 25 requires (s. 3.8; regulation, s. 2): what happened and when,
/// what information and how many people, the risk of serious injury, the notifications with their dates, the
/// measures. It counts the people concerned and never names them. The register is kept: an incident is closed, never
/// deleted.
/// </summary>
internal sealed class ConfidentialityIncident
{
    public const int MaxText = 4000;
    public const int MaxShort = 500;

    private ConfidentialityIncident()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The register's running number, what people say ("incident 3").</summary>
    public int Number { get; private set; }

    public string Summary { get; private set; } = "";
    public string DataConcerned { get; private set; } = "";
    public DateOnly? OccurredOn { get; private set; }
    public DateOnly DiscoveredOn { get; private set; }
    public int? PeopleConcerned { get; private set; }
    public IncidentRisk Risk { get; private set; }
    public string? RiskAssessment { get; private set; }
    public DateOnly? CommissionNotifiedOn { get; private set; }
    public DateOnly? PeopleNotifiedOn { get; private set; }
    public string? Measures { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    public Guid RecordedBy { get; private set; }
    public DateOnly? ClosedOn { get; private set; }
    public Guid? ClosedBy { get; private set; }
    public uint Version { get; private set; }

    public bool IsClosed => ClosedOn is not null;

    public static ConfidentialityIncident Record(int number, IncidentDetails details, Guid by, DateTimeOffset now, DateOnly today)
    {
        var incident = new ConfidentialityIncident { Id = Guid.NewGuid(), Number = number, RecordedAt = now, RecordedBy = by };
        incident.Apply(details, today);
        return incident;
    }

    /// <summary>A closed incident is part of the record as it stood when closed: it no longer changes.</summary>
    public void Update(IncidentDetails details, DateOnly today)
    {
        if (IsClosed)
        {
            throw new ConflictException(PrivacyMessages.IncidentClosed);
        }

        Apply(details, today);
    }

    /// <summary>Closing says the incident was handled: what was done is written, and when the risk is serious, the
    /// Commission and the people concerned were told (s. 3.5).</summary>
    public void Close(Guid by, DateOnly today)
    {
        if (IsClosed)
        {
            return;
        }

        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Measures))
        {
            errors[nameof(IncidentDetails.Measures)] = [PrivacyMessages.IncidentMeasuresBeforeClosing];
        }

        if (Risk == IncidentRisk.NotAssessed)
        {
            errors[nameof(IncidentDetails.Risk)] = [PrivacyMessages.IncidentRiskBeforeClosing];
        }

        if (Risk == IncidentRisk.Serious && CommissionNotifiedOn is null)
        {
            errors[nameof(IncidentDetails.CommissionNotifiedOn)] = [PrivacyMessages.IncidentCommissionBeforeClosing];
        }

        if (Risk == IncidentRisk.Serious && PeopleNotifiedOn is null)
        {
            errors[nameof(IncidentDetails.PeopleNotifiedOn)] = [PrivacyMessages.IncidentPeopleBeforeClosing];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        ClosedOn = today;
        ClosedBy = by;
    }

    public IncidentDetails Details() => new(
        Summary, DataConcerned, OccurredOn, DiscoveredOn, PeopleConcerned, Risk, RiskAssessment, CommissionNotifiedOn, PeopleNotifiedOn, Measures);

    private void Apply(IncidentDetails details, DateOnly today)
    {
        var errors = IncidentRules.Check(details, today);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        Summary = details.Summary!.Trim();
        DataConcerned = details.DataConcerned!.Trim();
        OccurredOn = details.OccurredOn;
        DiscoveredOn = details.DiscoveredOn!.Value;
        PeopleConcerned = details.PeopleConcerned;
        Risk = details.Risk;
        RiskAssessment = Clean(details.RiskAssessment);
        CommissionNotifiedOn = details.CommissionNotifiedOn;
        PeopleNotifiedOn = details.PeopleNotifiedOn;
        Measures = Clean(details.Measures);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

internal sealed class ConfidentialityIncidentConfiguration : IEntityTypeConfiguration<ConfidentialityIncident>
{
    public void Configure(EntityTypeBuilder<ConfidentialityIncident> builder)
    {
        builder.ToTable("incidents");
        builder.HasKey(i => i.Id);
        builder.HasIndex(i => i.Number).IsUnique();
        builder.Property(i => i.Summary).HasMaxLength(ConfidentialityIncident.MaxText);
        builder.Property(i => i.DataConcerned).HasMaxLength(ConfidentialityIncident.MaxShort);
        builder.Property(i => i.RiskAssessment).HasMaxLength(ConfidentialityIncident.MaxText);
        builder.Property(i => i.Measures).HasMaxLength(ConfidentialityIncident.MaxText);
        builder.Property(i => i.Risk).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Version).IsRowVersion();
        builder.Ignore(i => i.IsClosed);
    }
}
