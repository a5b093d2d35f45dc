using Microsoft.AspNetCore.DataProtection;

namespace Bootcamp.Host.Infrastructure;

internal static class DataProtectionSetup
{
    /// <summary>
    /// One key ring for every Host instance (cookies, antiforgery and the encrypted fields of applications), kept in a
    /// directory outside the database: <c>Bootcamp:DataProtection:KeyDirectory</c> (a mounted secret volume in
    /// production, <c>.local/keys</c> in Development).
    /// </summary>
    public static WebApplicationBuilder AddBootcampDataProtection(this WebApplicationBuilder builder)
    {
        var directory = builder.Configuration["Bootcamp:DataProtection:KeyDirectory"];
        if (string.IsNullOrWhiteSpace(directory) && builder.Environment.IsDevelopment())
        {
            directory = Path.Combine(LocalDatabase.FindRepositoryRoot(builder.Environment.ContentRootPath), ".local", "keys");
        }

        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("Bootcamp");
        if (!string.IsNullOrWhiteSpace(directory))
        {
            dataProtection.PersistKeysToFileSystem(Directory.CreateDirectory(directory));
        }

        return builder;
    }
}
