using Bootcamp.Messages.Composing;
using Bootcamp.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Bootcamp.Messages.Persistence;

internal sealed class MessagesDbContext(DbContextOptions<MessagesDbContext> options, TimeProvider clock)
    : ModuleDbContext(options, clock)
{
    public const string SchemaName = "messages";

    public override string Schema => SchemaName;

    public DbSet<Message> Messages => Set<Message>();

    public DbSet<MessageRecipient> Recipients => Set<MessageRecipient>();

    protected override void OnModuleModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new MessageConfiguration());
        modelBuilder.ApplyConfiguration(new MessageRecipientConfiguration());
    }
}

internal sealed class MessagesDbContextFactory : IDesignTimeDbContextFactory<MessagesDbContext>
{
    public MessagesDbContext CreateDbContext(string[] args) =>
        new(ModuleDbContextRegistration.DesignTimeOptions<MessagesDbContext>(MessagesDbContext.SchemaName), TimeProvider.System);
}
