using Bootcamp.Identity.Audit;
using Bootcamp.Shared.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Bootcamp.Identity.Persistence;

internal sealed class IdentityStoreDbContext(DbContextOptions<IdentityStoreDbContext> options)
    : IdentityDbContext<BootcampUser, IdentityRole<Guid>, Guid>(options)
{
    public const string SchemaName = "identity";

    public DbSet<AccountEvent> AccountEvents => Set<AccountEvent>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.HasDefaultSchema(SchemaName);
        base.OnModelCreating(builder);
        builder.Entity<BootcampUser>(b =>
        {
            b.Property(u => u.DisplayName).HasMaxLength(200);
            b.Property(u => u.PreferredCulture).HasMaxLength(10);
            b.Ignore(u => u.InvitationPending);
            b.Ignore(u => u.IsActive);
        });
        builder.Entity<AccountEvent>(b =>
        {
            b.ToTable("account_events");
            b.HasKey(e => e.Id);
            b.Property(e => e.Action).HasMaxLength(40);
            b.Property(e => e.Detail).HasMaxLength(AccountAudit.MaxDetailLength);
            b.HasIndex(e => e.At);
            b.HasIndex(e => new { e.SubjectId, e.At });
            b.HasIndex(e => new { e.ActorId, e.At });
        });
    }
}

internal sealed class IdentityStoreDbContextFactory : IDesignTimeDbContextFactory<IdentityStoreDbContext>
{
    public IdentityStoreDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextRegistration.DesignTimeOptions<IdentityStoreDbContext>(IdentityStoreDbContext.SchemaName));
}
