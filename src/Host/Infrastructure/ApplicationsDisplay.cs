using Bootcamp.Applications.Contracts;
using Bootcamp.Host.Resources;

namespace Bootcamp.Host.Infrastructure;

/// <summary>Labels of the applications' enums and values, in the reader's language (public and staff pages).</summary>
internal static class ApplicationsDisplay
{
    public static string Category(ApplicantCategory category) =>
        category == ApplicantCategory.Newcomer ? SharedText.CategoryNewcomer : SharedText.CategoryResident;

    public static string Status(ApplicationStatus status) => status switch
    {
        ApplicationStatus.Ineligible => SharedText.ApplicationStatusIneligible,
        ApplicationStatus.Admitted => SharedText.ApplicationStatusAdmitted,
        ApplicationStatus.Waitlisted => SharedText.ApplicationStatusWaitlisted,
        ApplicationStatus.Confirmed => SharedText.ApplicationStatusConfirmed,
        ApplicationStatus.Withdrawn => SharedText.ApplicationStatusWithdrawn,
        ApplicationStatus.Released => SharedText.ApplicationStatusReleased,
        _ => SharedText.ApplicationStatusSubmitted,
    };

    public static string Screening(ScreeningState state) => state switch
    {
        ScreeningState.Eligible => SharedText.ScreeningEligible,
        ScreeningState.Ineligible => SharedText.ScreeningIneligible,
        _ => SharedText.ScreeningPending,
    };

    public static string Residency(ResidencyStatus? status) => status switch
    {
        ResidencyStatus.RefugeeOrProtectedPerson => SharedText.ResidencyRefugee,
        ResidencyStatus.AsylumClaimant => SharedText.ResidencyAsylum,
        ResidencyStatus.PermanentResident => SharedText.ResidencyPermanent,
        ResidencyStatus.TemporaryResidentWorkPermit => SharedText.ResidencyWorkPermit,
        ResidencyStatus.TemporaryResidentStudyPermit => SharedText.ResidencyStudyPermit,
        ResidencyStatus.Citizen => SharedText.ResidencyCitizen,
        ResidencyStatus.Other => SharedText.ResidencyOther,
        _ => "—",
    };

    public static string Consent(ConsentPurpose purpose) => purpose switch
    {
        ConsentPurpose.FollowUpContact => SharedText.ConsentFollowUp,
        ConsentPurpose.AggregateReporting => SharedText.ConsentReporting,
        _ => SharedText.ConsentProgramme,
    };

    public static string Rule(RankingChoice rule) => rule == RankingChoice.SeededLottery ? SharedText.SelectionRuleLottery : SharedText.SelectionRuleScore;

    public static string AuditAction(string action) => action switch
    {
        AuditActions.ViewedSensitive => SharedText.AuditViewedSensitive,
        AuditActions.Screened => SharedText.AuditScreened,
        AuditActions.ExportedCsv => SharedText.AuditExportedCsv,
        _ => action,
    };

    public static string YesNo(bool? value) => value switch
    {
        true => SharedText.Yes,
        false => SharedText.No,
        null => "—",
    };

    public static string Language(string code) => code.StartsWith("en", StringComparison.Ordinal) ? SharedText.LanguageEnglish : SharedText.LanguageFrench;
}
