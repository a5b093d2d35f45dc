using Bootcamp.Mail.Texting;

namespace Bootcamp.UnitTests.Mail;

public class TextMessageRulesTests
{
    [Theory]
    [InlineData("514 555 0199", "+15145550199")]
    [InlineData("(514) 555-0199", "+15145550199")]
    [InlineData("1-514-555-0199", "+15145550199")]
    [InlineData("+33 6 12 34 56 78", "+33612345678")]
    [InlineData("555 0199", null)]
    [InlineData("0145550199", null)]
    [InlineData("514 555 0199 ext 2", null)]
    [InlineData("", null)]
    public void Numbers_become_E164_or_are_refused(string phone, string? expected) =>
        Assert.Equal(expected, TextMessageRules.Normalize(phone));

    [Fact]
    public void A_long_sentence_is_shortened_and_the_link_kept_whole_within_two_segments()
    {
        const string link = "https://bootcamp.example.org/Public/Application/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
        var gsm = TextMessageRules.Fit(new string('a', 400), link, 2);
        Assert.Equal(306, gsm.Length);
        Assert.EndsWith("… " + link, gsm, StringComparison.Ordinal);

        // One character outside GSM-7 (ê) makes the whole message UCS-2: 67 characters per segment.
        var ucs2 = TextMessageRules.Fit("Vous êtes admise " + new string('a', 200), link, 2);
        Assert.Equal(134, ucs2.Length);
        Assert.EndsWith(link, ucs2, StringComparison.Ordinal);

        var shortOne = TextMessageRules.Fit("Bootcamp : vous avez une place.", link, 2);
        Assert.Equal("Bootcamp : vous avez une place. " + link, shortOne);
    }
}
