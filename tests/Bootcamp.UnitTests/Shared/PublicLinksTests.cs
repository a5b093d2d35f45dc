using Bootcamp.Shared.Links;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bootcamp.UnitTests.Shared;

public sealed class PublicLinksTests
{
    [Theory]
    [InlineData("https://bootcamp.example.org", "https://bootcamp.example.org/s/abc")]
    [InlineData("https://bootcamp.example.org/", "https://bootcamp.example.org/s/abc")]
    [InlineData("https://example.org/bootcamp/", "https://example.org/bootcamp/s/abc")]
    [InlineData("https://example.org/bootcamp", "https://example.org/bootcamp/s/abc")]
    [InlineData("http://localhost:5080", "http://localhost:5080/s/abc")]
    public void Joins_the_base_and_the_path_with_one_slash(string baseUrl, string expected)
    {
        var links = new PublicLinks(Options.Create(new PublicLinkOptions { PublicBaseUrl = baseUrl }));

        Assert.Equal(expected, links.To("/s/abc").AbsoluteUri);
        Assert.Equal(expected, links.To("s/abc").AbsoluteUri);
    }

    [Fact]
    public void Defaults_to_the_development_address()
    {
        var links = Resolve(new Dictionary<string, string?>());

        Assert.Equal("http://localhost:5080/verify/ABCD-EFGH", links.To("/verify/ABCD-EFGH").AbsoluteUri);
    }

    [Fact]
    public void Is_bound_from_the_Bootcamp_section()
    {
        var links = Resolve(new Dictionary<string, string?> { ["Bootcamp:PublicBaseUrl"] = "https://example.org/bootcamp/" });

        Assert.Equal("https://example.org/bootcamp/Public/Application/t0k", links.To("/Public/Application/t0k").AbsoluteUri);
    }

    [Theory]
    [InlineData("bootcamp.example.org")]
    [InlineData("/bootcamp")]
    [InlineData("ftp://example.org/")]
    [InlineData("https://example.org/?a=b")]
    [InlineData("")]
    public void Refuses_an_address_a_mailed_link_could_not_use(string baseUrl)
    {
        var services = new ServiceCollection();
        services.AddPublicLinks(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Bootcamp:PublicBaseUrl"] = baseUrl }).Build());
        using var provider = services.BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PublicLinkOptions>>().Value);
        Assert.Throws<InvalidOperationException>(() => new PublicLinks(Options.Create(new PublicLinkOptions { PublicBaseUrl = baseUrl })));
    }

    private static PublicLinks Resolve(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddPublicLinks(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider().GetRequiredService<PublicLinks>();
    }
}
