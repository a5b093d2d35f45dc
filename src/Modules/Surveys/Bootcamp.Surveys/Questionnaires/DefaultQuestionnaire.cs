using Bootcamp.Attendance.Contracts;
using Bootcamp.Surveys.Contracts;

namespace Bootcamp.Surveys.Questionnaires;

/// <summary>
/// What a track's questionnaire holds until staff change it: one skill question per step of the track's curriculum (the
/// same areas before and after, since they are what the pre → post change compares) plus teamwork, three knowledge
/// questions any track teaches, where the person stands with work, and a free text. A track without a curriculum yet
/// is asked about skills every track shares, never about another track's subjects.
/// </summary>
internal static class DefaultQuestionnaire
{
    public const string Teamwork = "teamwork";

    private static readonly (string Area, string Fr, string En)[] SharedSkills =
    [
        ("programming-basics", "Les bases de la programmation", "Programming basics"),
        ("git-github", "Git et GitHub", "Git & GitHub"),
    ];

    private static readonly (string Area, string Fr, string En) TeamworkSkill =
        (Teamwork, "Travailler en équipe sur un projet logiciel", "Working in a team on a software project");

    /// <summary>The skill areas for a curriculum: its taught steps in order (the capstone is where they come together,
    /// not a skill of its own), keyed by a slug of the English name so staff can read the results table.</summary>
    public static IReadOnlyList<(string Area, string Fr, string En)> SkillsFor(IReadOnlyList<MilestoneDto> curriculum)
    {
        var taught = curriculum.Where(m => !m.IsCapstone && !m.IsArchived).OrderBy(m => m.Order).ToList();
        var skills = new List<(string Area, string Fr, string En)>();
        foreach (var step in taught)
        {
            var area = SkillArea.From(step.NameEn);
            for (var n = 2; skills.Exists(s => s.Area == area); n++)
            {
                area = SkillArea.From(step.NameEn, n);
            }

            skills.Add((area, step.NameFr, step.NameEn));
        }

        if (skills.Count == 0)
        {
            skills.AddRange(SharedSkills);
        }

        if (!skills.Exists(s => s.Area == Teamwork))
        {
            skills.Add(TeamworkSkill);
        }

        return skills;
    }

    public static IReadOnlyList<QuestionInput> Questions(SurveyKind kind, IReadOnlyList<MilestoneDto> curriculum)
    {
        var questions = new List<QuestionInput>();
        foreach (var (area, fr, en) in SkillsFor(curriculum))
        {
            questions.Add(new QuestionInput(
                QuestionType.SkillRating,
                $"Comment évaluez-vous vos compétences : {fr} ? (1 = pas du tout, 5 = à l'aise sans aide)",
                $"How would you rate your skills: {en}? (1 = not at all, 5 = comfortable without help)",
                area, null, null, Required: true));
        }

        questions.Add(new QuestionInput(
            QuestionType.Knowledge,
            "En programmation, à quoi sert une boucle ?",
            "In programming, what is a loop for?",
            null,
            [
                new("repeat", "Répéter des instructions", "Repeating instructions"),
                new("store", "Garder une valeur en mémoire", "Keeping a value in memory"),
                new("display", "Afficher une page", "Displaying a page"),
                new("connect", "Se connecter à Internet", "Connecting to the Internet"),
            ],
            "repeat", Required: false));
        questions.Add(new QuestionInput(
            QuestionType.Knowledge,
            "Qu'est-ce qu'un « bogue » ?",
            "What is a \"bug\"?",
            null,
            [
                new("error", "Une erreur dans un programme", "An error in a program"),
                new("virus", "Un virus informatique", "A computer virus"),
                new("part", "Une pièce d'ordinateur", "A computer part"),
                new("language", "Un langage de programmation", "A programming language"),
            ],
            "error", Required: false));
        questions.Add(new QuestionInput(
            QuestionType.Knowledge,
            "Quelle commande Git envoie vos commits vers GitHub ?",
            "Which Git command sends your commits to GitHub?",
            null,
            [new("commit", "git commit", "git commit"), new("push", "git push", "git push"), new("pull", "git pull", "git pull"), new("add", "git add", "git add")],
            "push", Required: false));
        questions.Add(new QuestionInput(
            QuestionType.EmploymentNumber,
            kind == SurveyKind.PreProgramme
                ? "Combien d'offres d'emploi avez-vous reçues au cours des six derniers mois ?"
                : "Combien d'offres d'emploi avez-vous reçues depuis le début de la formation ?",
            kind == SurveyKind.PreProgramme
                ? "How many job offers have you received in the last six months?"
                : "How many job offers have you received since the programme started?",
            null, null, null, Required: false));
        questions.Add(new QuestionInput(
            QuestionType.EmploymentChoice,
            "Quelle est votre situation actuelle ?",
            "What is your current situation?",
            null,
            [
                new("employed-tech", "En emploi dans le secteur des technologies", "Employed in tech"),
                new("employed-other", "En emploi hors des technologies", "Employed outside tech"),
                new("studying", "Aux études", "Studying"),
                new("seeking", "En recherche d'emploi", "Looking for work"),
                new("other", "Autre", "Other"),
            ],
            null, Required: true));
        questions.Add(new QuestionInput(
            QuestionType.FreeText,
            kind == SurveyKind.PreProgramme
                ? "Qu'espérez-vous retirer de cette formation ?"
                : "Qu'est-ce que cette formation a changé pour vous ?",
            kind == SurveyKind.PreProgramme
                ? "What do you hope to get out of this programme?"
                : "What has this programme changed for you?",
            null, null, null, Required: false));
        return questions;
    }
}
