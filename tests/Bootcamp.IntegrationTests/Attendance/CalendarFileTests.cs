using System.Text;
using Bootcamp.Attendance.Calendar;

namespace Bootcamp.IntegrationTests.Attendance;

/// <summary>The calendar writer on its own: what a staff member may type (commas, semicolons, accents, line breaks, a
/// long address) survives folding and escaping, read back by Ical.Net.</summary>
public sealed class CalendarFileTests
{
    [Fact]
    public void Text_is_escaped_and_folded_at_75_octets_and_reads_back_unchanged()
    {
        var meeting = Guid.CreateVersion7();
        const string title = "Développement web, soirées; « intensif » — cohorte d'hiver à Montréal-Nord, édition spéciale";
        const string place = "Centre communautaire, 2000 boul. Saint-Joseph Est; salle 3\nentrée par la ruelle";
        var ics = ICalendarWriter.Write(
            CalendarMethod.Request,
            [new CalendarEvent(meeting, new DateOnly(2027, 11, 8), new TimeOnly(18, 0), new TimeOnly(21, 0), false, 3, title, place, "https://meet.example.org/abc?x=1", null)],
            new DateTimeOffset(2027, 1, 1, 12, 0, 0, TimeSpan.Zero), "no-reply@bootcamp.local");

        Assert.All(ics.Split("\r\n"), line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line));
        var calendar = Ical.Net.Calendar.Load(ics)!;
        var e = Assert.Single(calendar.Events);
        Assert.Equal(title, e.Summary);
        Assert.Equal(place, e.Location);
        Assert.Equal(meeting + "@bootcamp", e.Uid);
        Assert.Equal(3, e.Sequence);
        Assert.Equal("https://meet.example.org/abc?x=1", e.Url?.ToString());
        // Monday 8 November 2027, the day after clocks go back: 18:00 EST is 23:00 UTC.
        Assert.Equal(new DateTime(2027, 11, 8, 23, 0, 0, DateTimeKind.Utc), e.DtStart!.AsUtc);
        Assert.Equal("America/Toronto", Assert.Single(calendar.TimeZones).TzId);
    }
}
