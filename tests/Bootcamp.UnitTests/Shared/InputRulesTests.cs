using System.Text.Json;
using Bootcamp.Shared.Input;

namespace Bootcamp.UnitTests.Shared;

public class InputRulesTests
{
    public enum Status
    {
        Asylum,
        Resident,
        Citizen,
    }

    private sealed record Body(Status Status, Status? Maybe = null, Dictionary<Status, int>? Counts = null);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new StrictEnumJsonConverter() } };

    [Theory]
    [InlineData("ana@example.org")]
    [InlineData("Ana.Lima+bootcamp@example.org")]
    [InlineData("o'brien@mail.example.ie")]
    [InlineData("ana_lima-2@sub.example.co.uk")]
    [InlineData("ana@exämple.org")]
    [InlineData(" ana@example.org ")]
    public void An_address_the_sender_can_deliver_to_is_accepted(string address) => Assert.True(MailAddressInput.IsValid(address), address);

    [Theory]
    [InlineData("")]
    [InlineData("ana")]
    [InlineData("\"><img/src=x/onerror=alert(3)>@example.org")]
    [InlineData("ana@example.org, boss@example.org")]
    [InlineData("ana@example.org,boss@example.org")]
    [InlineData("Ana <ana@example.org>")]
    [InlineData("<ana@example.org>")]
    [InlineData("ana@example.org (Ana)")]
    [InlineData("(Ana) ana@example.org")]
    [InlineData("\"ana lima\"@example.org")]
    [InlineData("\"ana\"@example.org")]
    [InlineData("ana..lima@example.org")]
    [InlineData(".ana@example.org")]
    [InlineData("ana.@example.org")]
    [InlineData("ana@[127.0.0.1]")]
    [InlineData("ana@localhost")]
    [InlineData("ana@-example.org")]
    [InlineData("ana@example-.org")]
    [InlineData("ana@exa_mple.org")]
    [InlineData("ana@example.org.")]
    [InlineData("ana@example..org")]
    [InlineData("ana@192.168.0.1")]
    [InlineData("anaïs@example.org")]
    [InlineData("ana lima@example.org")]
    [InlineData("@route.example:ana@example.org")]
    [InlineData("friends: ana@example.org;")]
    public void An_address_the_sender_would_refuse_or_read_differently_is_refused(string address) =>
        Assert.False(MailAddressInput.IsValid(address), address);

    [Fact]
    public void An_address_longer_than_smtp_allows_is_refused()
    {
        Assert.True(MailAddressInput.IsValid(new string('a', 64) + "@" + new string('b', 60) + ".org"));
        Assert.False(MailAddressInput.IsValid(new string('a', 65) + "@example.org"));
        Assert.False(MailAddressInput.IsValid("ana@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 5)) + ".org"));
    }

    [Theory]
    [InlineData("Resident", Status.Resident)]
    [InlineData("resident", Status.Resident)]
    [InlineData("CITIZEN", Status.Citizen)]
    public void An_enum_value_is_the_name_of_one_member_in_any_case(string text, Status expected)
    {
        Assert.True(EnumInput.TryParse<Status>(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("Asylum,Resident")]
    [InlineData("Asylum, Resident")]
    [InlineData("1")]
    [InlineData("7")]
    [InlineData("-1")]
    [InlineData(" Resident")]
    [InlineData("")]
    [InlineData(null)]
    public void A_number_a_combination_or_anything_else_is_not_an_enum_value(string? text) =>
        Assert.False(EnumInput.TryParse<Status>(text, out _));

    [Fact]
    public void Json_reads_enum_names_only_and_writes_names()
    {
        var body = JsonSerializer.Deserialize<Body>("""{"status":"resident","maybe":"Citizen","counts":{"Asylum":2}}""", Json)!;
        Assert.Equal(new Body(Status.Resident, Status.Citizen, body.Counts), body);
        Assert.Equal(2, body.Counts![Status.Asylum]);
        Assert.Null(JsonSerializer.Deserialize<Body>("""{"status":"Citizen","maybe":null}""", Json)!.Maybe);
        Assert.Equal("""{"status":"Resident","maybe":null,"counts":{"Citizen":1}}""",
            JsonSerializer.Serialize(new Body(Status.Resident, null, new() { [Status.Citizen] = 1 }), Json));

        foreach (var value in new[] { "1", "\"1\"", "\"Asylum,Resident\"", "99", "\"\"", "true", "{}" })
        {
            var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Body>($$"""{"status":{{value}}}""", Json));
            Assert.Equal("$.status", error.Path);
            Assert.DoesNotContain("Asylum,Resident", error.Message, StringComparison.Ordinal);
        }

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Body>("""{"status":"Asylum","counts":{"0":1}}""", Json));
    }
}
