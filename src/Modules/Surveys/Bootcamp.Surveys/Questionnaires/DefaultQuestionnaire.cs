using Bootcamp.Surveys.Contracts;

namespace Bootcamp.Surveys.Questionnaires;

/// <summary>
/// What a track's questionnaire holds until staff change it: the same skill areas before and after (they are what the
/// pre → post change compares), three knowledge questions, where the person stands with work, and a free text.
/// </summary>
internal static class DefaultQuestionnaire
{
    public const string HtmlCss = "html-css";
    public const string JavaScript = "javascript";
    public const string Git = "git-github";
    public const string React = "react";
    public const string Teamwork = "teamwork";

    private static readonly (string Area, string Fr, string En)[] Skills =
    [
        (HtmlCss, "HTML et CSS", "HTML & CSS"),
        (JavaScript, "JavaScript", "JavaScript"),
        (Git, "Git et GitHub", "Git & GitHub"),
        (React, "React", "React"),
        (Teamwork, "Travailler en équipe sur un projet logiciel", "Working in a team on a software project"),
    ];

    public static IReadOnlyList<QuestionInput> Questions(SurveyKind kind)
    {
        var questions = new List<QuestionInput>();
        foreach (var (area, fr, en) in Skills)
        {
            questions.Add(new QuestionInput(
                QuestionType.SkillRating,
                $"Comment évaluez-vous vos compétences : {fr} ? (1 = pas du tout, 5 = à l'aise sans aide)",
                $"How would you rate your skills: {en}? (1 = not at all, 5 = comfortable without help)",
                area, null, null, Required: true));
        }

        questions.Add(new QuestionInput(
            QuestionType.Knowledge,
            "Quelle balise HTML sert à créer un lien ?",
            "Which HTML tag creates a link?",
            null,
            [new("a", "<a>", "<a>"), new("link", "<link>", "<link>"), new("href", "<href>", "<href>"), new("nav", "<nav>", "<nav>")],
            "a", Required: false));
        questions.Add(new QuestionInput(
            QuestionType.Knowledge,
            "En JavaScript, que vaut 2 + \"2\" ?",
            "In JavaScript, what is 2 + \"2\"?",
            null,
            [new("4", "4", "4"), new("22", "\"22\"", "\"22\""), new("error", "Une erreur", "An error"), new("nan", "NaN", "NaN")],
            "22", Required: false));
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
