namespace Bootcamp.Web;

/// <summary>
/// What a module's Web project hands the Host: its services, its API endpoints under /api and its header links. Its
/// pages come with its assembly (a Razor Class Library); which audience reaches them is said by their folder
/// (/Staff, /Teach, /Public, …), one rule the Host applies to every module alike.
/// </summary>
public abstract class WebModule
{
    public abstract string Name { get; }

    public virtual void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    /// <summary>Endpoints under the API group ("/api").</summary>
    public virtual void MapApi(IEndpointRouteBuilder api)
    {
    }

    public virtual IEnumerable<NavigationEntry> Navigation => [];
}
