using Bootcamp.Identity;
using Bootcamp.Web.Home;

namespace Bootcamp.Privacy.Web;

public sealed class PrivacyWebModule : WebModule
{
    public override string Name => "Privacy";

    public override void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddHomeSection<Home.PrivacyHomeSection>();

    public override IEnumerable<NavigationEntry> Navigation =>
        [new("/Admin/Privacy", () => PrivacyText.NavPrivacy, Policies.Admin, 97)];
}
