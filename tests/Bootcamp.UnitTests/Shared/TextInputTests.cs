using Bootcamp.Shared.Mediation;

namespace Bootcamp.UnitTests.Shared;

public class TextInputTests
{
    private enum Colour
    {
        Red,
        Green,
    }

    private sealed record Note(string Text, Colour? Colour = null);

    private sealed record Request(string Name, string? Key, IReadOnlyList<Note> Notes, Dictionary<string, string> Extra, Colour Colour = Colour.Red);

    [Fact]
    public void Finds_every_control_character_but_line_breaks_and_tabs_and_names_where()
    {
        var request = new Request("Ana\u0000", "ok", [new Note("line\nbreak\tand tab"), new Note("bell\u0007")], new() { ["k"] = "\u001b" });

        Assert.Equal(["Name", "Notes[1].Text", "Extra[k]"], RequestInput.Offending(request).Select(o => o.Path));
        Assert.Empty(RequestInput.Offending(new Request("Zoë Ngọc", null, [], [])));
    }

    [Fact]
    public void Finds_every_enum_value_that_is_not_one_of_its_members_wherever_it_sits()
    {
        var request = new Request("Ana", null, [new Note("a", Colour.Green), new Note("b", (Colour)7)], [], (Colour)(-1));

        Assert.Equal(["Notes[1].Colour", "Colour"], RequestInput.Offending(request).Select(o => o.Path));
        Assert.Empty(RequestInput.Offending(new Request("Ana", null, [new Note("a", Colour.Green), new Note("b")], [], Colour.Green)));
    }
}
