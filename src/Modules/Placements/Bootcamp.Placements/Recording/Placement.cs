using Bootcamp.Shared.Contracts.PersonalData;
using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.FollowUps;
using Bootcamp.Placements.Leads;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bootcamp.Placements.Recording;

/// <summary>One job (internship, contract, business) of a followed-up person, or of someone who left a session for that
/// job (a lead). Rows are never replaced by a newer job: the latest start date is the current placement, the others are
/// history.</summary>
internal sealed class Placement
{
    public Guid Id { get; set; }

    /// <summary>The completer it belongs to; exactly one of this and <see cref="LeadId"/> is set.</summary>
    public Guid? PersonId { get; set; }

    /// <summary>The lead it belongs to: counted apart, since a lead is not a completer.</summary>
    public Guid? LeadId { get; set; }

    public OutcomeCode Outcome { get; set; }
    [PersonalData]
    public string? Employer { get; set; }
    [PersonalData]
    public string? JobTitle { get; set; }
    public DateOnly StartDate { get; set; }
    public bool InTechField { get; set; }
    public EmploymentType EmploymentType { get; set; }
    public SalaryBand? SalaryBand { get; set; }
    public PlacementSource Source { get; set; }

    /// <summary>The wave whose answer created it, for self-reported placements.</summary>
    public Guid? WaveId { get; set; }

    public Guid? RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
    public Guid? VerifiedBy { get; set; }
    public DateTimeOffset? VerifiedAt { get; set; }

    public PlacementDetails Details => new(Outcome, Employer, JobTitle, StartDate, InTechField, EmploymentType, SalaryBand);

    /// <summary>Erasure: outcome, start, field, type and salary band stay (the employment figures read them); the
    /// employer and the title, which could name the person in a small company, go.</summary>
    public bool ForgetEmployer()
    {
        if (Employer is null && JobTitle is null)
        {
            return false;
        }

        Employer = null;
        JobTitle = null;
        return true;
    }

    public void Apply(PlacementDetails details)
    {
        Outcome = details.Outcome;
        Employer = details.Employer?.Trim();
        JobTitle = details.JobTitle?.Trim();
        StartDate = details.StartDate;
        InTechField = details.InTechField;
        EmploymentType = details.EmploymentType;
        SalaryBand = details.SalaryBand;
    }
}

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> builder)
    {
        builder.ToTable("placements", t => t.HasCheckConstraint("ck_placements_one_owner", "num_nonnulls(person_id, lead_id) = 1"));
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => new { p.PersonId, p.StartDate });
        builder.HasIndex(p => new { p.LeadId, p.StartDate });
        builder.HasIndex(p => p.WaveId);
        builder.Property(p => p.Outcome).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.EmploymentType).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.SalaryBand).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Employer).HasMaxLength(200);
        builder.Property(p => p.JobTitle).HasMaxLength(200);
        builder.HasOne<FollowUpPerson>().WithMany().HasForeignKey(p => p.PersonId);
        builder.HasOne<PlacementLead>().WithMany().HasForeignKey(p => p.LeadId);
    }
}
