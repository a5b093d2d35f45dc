using Bootcamp.Shared.Contracts.PersonalData;
using Bootcamp.Placements.Contracts;
using Bootcamp.Shared.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bootcamp.Placements.Leads;

/// <summary>Placements' own copy of a participant who left for a job, fed by <c>ParticipantWithdrew</c>.</summary>
internal sealed class PlacementLead
{
    public Guid Id { get; set; }
    public Guid ParticipantId { get; set; }
    public Guid ApplicationId { get; set; }
    public Guid SessionId { get; set; }
    [PersonalData]
    public required string FirstName { get; set; }
    [PersonalData]
    public required string LastName { get; set; }
    [PersonalData]
    public required string Email { get; set; }
    [PersonalData]
    public string? Phone { get; set; }
    public required string PreferredLanguage { get; set; }
    public DateOnly ReportedOn { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>Erased but counted: the leads' placements are reported apart, by session. False when it already was.</summary>
    public bool Anonymise()
    {
        if (IsAnonymised)
        {
            return false;
        }

        FirstName = "";
        LastName = "";
        Email = ErasedValues.Email();
        Phone = null;
        return true;
    }

    public bool IsAnonymised => ErasedValues.IsErased(Email);

    public PlacementLeadDto ToDto(PlacementDetails? placement) =>
        new(Id, ParticipantId, ApplicationId, SessionId, FirstName, LastName, Email, Phone, PreferredLanguage, ReportedOn, placement);
}

internal sealed class PlacementLeadConfiguration : IEntityTypeConfiguration<PlacementLead>
{
    public void Configure(EntityTypeBuilder<PlacementLead> builder)
    {
        builder.ToTable("placement_leads");
        builder.HasKey(l => l.Id);
        // One lead per participant, whatever the number of deliveries of the event.
        builder.HasIndex(l => l.ParticipantId).IsUnique();
        builder.HasIndex(l => new { l.SessionId, l.ReportedOn });
        builder.Property(l => l.FirstName).HasMaxLength(100);
        builder.Property(l => l.LastName).HasMaxLength(100);
        builder.Property(l => l.Email).HasMaxLength(254);
        builder.Property(l => l.Phone).HasMaxLength(40);
        builder.Property(l => l.PreferredLanguage).HasMaxLength(10);
    }
}
