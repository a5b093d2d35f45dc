using Bootcamp.Attendance.Contracts;
using Bootcamp.Surveys.Contracts;
using Bootcamp.Surveys.Questionnaires;

namespace Bootcamp.UnitTests.Surveys;

public sealed class DefaultQuestionnaireTests
{
    private static MilestoneDto Step(int order, string fr, string en, bool capstone = false, bool archived = false) =>
        new(Guid.NewGuid(), Guid.Empty, order, fr, en, capstone, archived);

    [Fact]
    public void The_skills_are_the_taught_steps_of_the_curriculum_in_order_then_teamwork()
    {
        var curriculum = new[]
        {
            Step(2, "pandas", "pandas"),
            Step(1, "Python", "Python"),
            Step(3, "Visualisation des données", "Data visualisation"),
            Step(4, "Ancien module", "Old module", archived: true),
            Step(5, "Projet final", "Capstone project", capstone: true),
        };

        var skills = DefaultQuestionnaire.SkillsFor(curriculum);

        Assert.Equal(["python", "pandas", "data-visualisation", "teamwork"], skills.Select(s => s.Area));
        var questions = DefaultQuestionnaire.Questions(SurveyKind.PreProgramme, curriculum);
        Assert.Equal(4, questions.Count(q => q.Type == QuestionType.SkillRating));
        Assert.DoesNotContain(questions, q => q.TextEn.Contains("React", StringComparison.Ordinal) || q.TextEn.Contains("HTML", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_curriculum_the_skills_are_those_every_track_shares()
    {
        Assert.Equal(["programming-basics", "git-github", "teamwork"], DefaultQuestionnaire.SkillsFor([]).Select(s => s.Area));
    }

    [Theory]
    [InlineData("HTML & CSS", null, "html-css")]
    [InlineData("Réalité  virtuelle!", null, "realite-virtuelle")]
    [InlineData("C# for Unity", 2, "c-for-unity-2")]
    [InlineData("???", null, "skill")]
    public void A_skill_area_is_a_readable_slug(string name, int? number, string expected) =>
        Assert.Equal(expected, SkillArea.From(name, number));

    [Fact]
    public void Two_steps_with_the_same_name_get_distinct_areas_within_the_key_length()
    {
        var skills = DefaultQuestionnaire.SkillsFor([Step(1, "Git", "Git"), Step(2, "Git", "Git"), Step(3, "x", new string('a', 80))]);

        Assert.Equal(["git", "git-2"], skills.Take(2).Select(s => s.Area));
        Assert.All(skills, s => Assert.True(s.Area.Length <= 50));
    }
}
