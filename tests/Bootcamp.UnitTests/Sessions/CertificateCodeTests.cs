using System.Text.RegularExpressions;
using Bootcamp.Sessions.Certificates;

namespace Bootcamp.UnitTests.Sessions;

public partial class CertificateCodeTests
{
    [GeneratedRegex("^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$")]
    private static partial Regex Printed();

    [Fact]
    public void New_codes_are_12_Crockford_characters_printed_in_three_groups()
    {
        for (var i = 0; i < 200; i++)
        {
            var code = CertificateCode.New();
            Assert.Equal(12, code.Length);
            Assert.Matches(Printed(), CertificateCode.Format(code));
        }
    }

    [Fact]
    public void New_codes_do_not_repeat()
    {
        var codes = Enumerable.Range(0, 10_000).Select(_ => CertificateCode.New()).ToHashSet();

        Assert.Equal(10_000, codes.Count);
    }

    [Fact]
    public void New_codes_use_the_whole_alphabet_in_every_position()
    {
        // 60 random bits map onto all 32 symbols of each of the 12 positions; a biased or truncated generator would not.
        var codes = Enumerable.Range(0, 5_000).Select(_ => CertificateCode.New()).ToList();

        for (var position = 0; position < 12; position++)
        {
            Assert.Equal(32, codes.Select(c => c[position]).Distinct().Count());
        }
    }

    [Theory]
    [InlineData("K7QM-2XPA-9TZD", "K7QM2XPA9TZD")]
    [InlineData("k7qm-2xpa-9tzd", "K7QM2XPA9TZD")]
    [InlineData("K7QM2XPA9TZD", "K7QM2XPA9TZD")]
    [InlineData(" k7qm 2xpa 9tzd ", "K7QM2XPA9TZD")]
    [InlineData("K7QM–2XPA–9TZD", "K7QM2XPA9TZD")]
    [InlineData("O0IL-1111-AAAA", "00111111AAAA")]
    public void Normalising_ignores_case_dashes_and_spaces_and_reads_lookalikes(string typed, string canonical) =>
        Assert.Equal(canonical, CertificateCode.TryNormalise(typed));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("K7QM-2XPA")]
    [InlineData("K7QM-2XPA-9TZD-1")]
    [InlineData("K7QM-2XPA-9TZU")]
    [InlineData("K7QM/2XPA/9TZD")]
    public void Normalising_refuses_what_cannot_be_a_code(string? typed) =>
        Assert.Null(CertificateCode.TryNormalise(typed));

    [Fact]
    public void Format_groups_by_four() => Assert.Equal("K7QM-2XPA-9TZD", CertificateCode.Format("K7QM2XPA9TZD"));
}
