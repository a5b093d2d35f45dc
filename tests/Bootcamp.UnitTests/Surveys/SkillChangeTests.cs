using System.Globalization;
using Bootcamp.Surveys.Contracts;
using Bootcamp.Surveys.Persistence;
using Bootcamp.Surveys.Results;

namespace Bootcamp.UnitTests.Surveys;

/// <summary>
/// The pre → post arithmetic. A survey is written "html=2 js=1 k=0.5" (ratings per skill area, k the knowledge score),
/// "-" when the person did not submit it; a change is "html:2>4".
/// </summary>
public sealed class SkillChangeTests
{
    private static readonly Guid Session = Guid.NewGuid();

    [Theory]
    [InlineData("html=2 js=1", "html=4 js=1", "html:2>4 js:1>1")]
    [InlineData("html=5", "html=1", "html:5>1")] // going down is a change too
    [InlineData("html=2 react=1", "html=3", "html:2>3")] // react not asked after: skipped for this person
    [InlineData("html=2", "html=3 react=4", "html:2>3")] // react not asked before: skipped too
    [InlineData("react=1", "html=3", "")] // nothing in common: paired, but no skill to compare
    [InlineData("js=2 html=3", "html=4 js=5", "js:2>5 html:3>4")] // the pre-survey's order
    [InlineData("-", "html=3", null)] // only the post-survey: not paired
    [InlineData("html=3", "-", null)] // only the pre-survey: not paired
    [InlineData("-", "-", null)]
    public void Pairing_one_person(string pre, string post, string? expected)
    {
        var person = Guid.NewGuid();
        var paired = SkillChange.Pair(Responses(person, Session, pre), Responses(person, Session, post));

        if (expected is null)
        {
            Assert.Empty(paired);
            return;
        }

        var one = Assert.Single(paired);
        Assert.Equal(person, one.ParticipantId);
        Assert.Equal(expected, string.Join(' ', one.Skills.Select(s => $"{s.SkillArea}:{s.Pre}>{s.Post}")));
    }

    [Fact]
    public void Pairing_needs_the_same_person_and_the_same_session()
    {
        var (amina, jorge) = (Guid.NewGuid(), Guid.NewGuid());
        var (winter, spring) = (Guid.NewGuid(), Guid.NewGuid());
        ScoredResponse[] pre = [Response(amina, winter, "html=1"), Response(jorge, winter, "html=2"), Response(amina, spring, "html=3")];
        ScoredResponse[] post = [Response(amina, winter, "html=4"), Response(jorge, spring, "html=5"), Response(amina, spring, "html=3")];

        var paired = SkillChange.Pair(pre, post);

        Assert.Equal(
            [(amina, winter, 1, 4), (amina, spring, 3, 3)],
            paired.Select(p => (p.ParticipantId, p.SessionId, p.Skills[0].Pre, p.Skills[0].Post)).ToArray());
    }

    [Theory]
    // people (pre>post on html),  average pre, average post, improved share, distribution of change (−4…+4)
    [InlineData("1>3", "1", "3", "1", "+2:1")]
    [InlineData("1>3 2>2 5>1", "2.6667", "2", "0.3333", "-4:1 0:1 +2:1")]
    [InlineData("1>5 1>5", "1", "5", "1", "+4:2")]
    [InlineData("3>3 3>3 3>3 3>3", "3", "3", "0", "0:4")]
    [InlineData("2>1 3>4 4>5 1>2", "2.5", "3", "0.75", "-1:1 +1:3")]
    public void Summary_of_one_skill_area(string people, string averagePre, string averagePost, string improved, string distribution)
    {
        var paired = people.Split(' ').Select(p =>
        {
            var parts = p.Split('>').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray();
            return new PairedResponse(Guid.NewGuid(), Session, [new SkillChangeDto("html", parts[0], parts[1])], null, null);
        }).ToList();

        var summary = SkillChange.Summarise(paired);

        Assert.Equal(paired.Count, summary.Paired);
        var html = Assert.Single(summary.Skills);
        Assert.Equal(("html", paired.Count), (html.SkillArea, html.Paired));
        Assert.Equal(Dec(averagePre), html.AveragePre, 4);
        Assert.Equal(Dec(averagePost), html.AveragePost, 4);
        Assert.Equal(Dec(improved), html.ImprovedShare, 4);
        Assert.Equal(Enumerable.Range(-4, 9).ToArray(), html.Distribution.Keys.Order().ToArray());
        Assert.Equal(distribution, string.Join(' ', html.Distribution.Where(d => d.Value > 0).OrderBy(d => d.Key)
            .Select(d => $"{(d.Key > 0 ? "+" : "")}{d.Key}:{d.Value}")));
        Assert.Null(summary.AverageKnowledgePre);
    }

    [Fact]
    public void Summary_counts_each_skill_area_over_the_people_who_rated_it_both_times_and_only_the_paired()
    {
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        ScoredResponse[] pre = [Response(a, Session, "html=1 react=2 k=0.25"), Response(b, Session, "html=3 k=0.5"), Response(c, Session, "html=1 react=1 k=0")];
        ScoredResponse[] post = [Response(a, Session, "html=3 react=4 k=0.75"), Response(b, Session, "html=3")]; // c only answered before

        var summary = SkillChange.Summarise(SkillChange.Pair(pre, post));

        Assert.Equal(2, summary.Paired);
        Assert.Equal(["html", "react"], summary.Skills.Select(s => s.SkillArea).ToArray());
        var html = summary.Skills[0];
        Assert.Equal((2, 2m, 3m, 0.5m), (html.Paired, html.AveragePre, html.AveragePost, html.ImprovedShare));
        var react = summary.Skills[1];
        Assert.Equal((1, 2m, 4m, 1m), (react.Paired, react.AveragePre, react.AveragePost, react.ImprovedShare));
        // b has no knowledge score after: knowledge compares a alone.
        Assert.Equal((0.25m, 0.75m), (summary.AverageKnowledgePre, summary.AverageKnowledgePost));
    }

    [Fact]
    public void Nobody_paired_gives_an_empty_summary()
    {
        var summary = SkillChange.Summarise(SkillChange.Pair([Response(Guid.NewGuid(), Session, "html=2")], []));

        Assert.Equal(0, summary.Paired);
        Assert.Empty(summary.Skills);
        Assert.Null(summary.AverageKnowledgePre);
        Assert.Null(summary.AverageKnowledgePost);
    }

    [Theory]
    // answers: rating per skill question (html, js), then the three knowledge answers; "" = not answered
    [InlineData("4", "2", "a", "22", "push", "html=4 js=2", "1")]
    [InlineData("4", "", "a", "4", "", "html=4", "0.3333")] // unanswered knowledge counts as not correct
    [InlineData("", "", "", "", "", "", "0")]
    [InlineData("9", "x", "link", "22", "pull", "", "0.3333")] // out-of-range ratings are not ratings
    public void Scoring_one_survey(string html, string js, string k1, string k2, string k3, string ratings, string knowledge)
    {
        var questions = new List<Question>
        {
            Q(1, QuestionType.SkillRating, area: "html"),
            Q(2, QuestionType.SkillRating, area: "js"),
            Q(3, QuestionType.Knowledge, correct: "a"),
            Q(4, QuestionType.Knowledge, correct: "22"),
            Q(5, QuestionType.Knowledge, correct: "push"),
            Q(6, QuestionType.EmploymentChoice),
        };
        var answers = new Dictionary<Guid, string>();
        foreach (var (question, value) in questions.Zip(new[] { html, js, k1, k2, k3, "seeking" }))
        {
            if (value.Length > 0)
            {
                answers[question.Id] = value;
            }
        }

        var scored = SkillChange.Score(Guid.NewGuid(), Session, questions, answers);

        Assert.Equal(ratings, string.Join(' ', scored.Ratings.Select(r => $"{r.Key}={r.Value}")));
        Assert.Equal(Dec(knowledge), scored.Knowledge!.Value, 4);
    }

    [Fact]
    public void A_version_without_knowledge_questions_has_no_knowledge_score()
    {
        var scored = SkillChange.Score(Guid.NewGuid(), Session, [Q(1, QuestionType.SkillRating, area: "html")], new Dictionary<Guid, string>());

        Assert.Null(scored.Knowledge);
        Assert.Empty(scored.Ratings);
    }

    private static Question Q(int position, QuestionType type, string? area = null, string? correct = null) =>
        new() { Id = Guid.NewGuid(), Position = position, Type = type, SkillArea = area, CorrectChoice = correct, TextFr = "q", TextEn = "q" };

    private static ScoredResponse[] Responses(Guid person, Guid session, string spec) => spec == "-" ? [] : [Response(person, session, spec)];

    private static ScoredResponse Response(Guid person, Guid session, string spec)
    {
        var ratings = new List<KeyValuePair<string, int>>();
        decimal? knowledge = null;
        foreach (var part in spec.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = (part.Split('=')[0], part.Split('=')[1]);
            if (key == "k")
            {
                knowledge = Dec(value);
            }
            else
            {
                ratings.Add(new(key, int.Parse(value, CultureInfo.InvariantCulture)));
            }
        }

        return new ScoredResponse(person, session, ratings, knowledge);
    }

    private static decimal Dec(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);
}
