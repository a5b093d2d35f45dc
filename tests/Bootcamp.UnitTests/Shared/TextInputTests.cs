using Bootcamp.Shared.Mediation;

namespace Bootcamp.UnitTests.Shared;

public class TextInputTests
{
    private sealed record Note(string Text);

    private sealed record Request(string Name, string? Key, IReadOnlyList<Note> Notes, Dictionary<string, string> Extra);

    [Fact]
    public void Finds_every_control_character_but_line_breaks_and_tabs_and_names_where()
    {
        var request = new Request("Ana\u0000", "ok", [new Note("line\nbreak\tand tab"), new Note("bell\u0007")], new() { ["k"] = "\u001b" });

        Assert.Equal(["Name", "Notes[1].Text", "Extra[k]"], TextInput.Offending(request));
        Assert.Empty(TextInput.Offending(new Request("Zoë Ngọc", null, [], [])));
    }
}
