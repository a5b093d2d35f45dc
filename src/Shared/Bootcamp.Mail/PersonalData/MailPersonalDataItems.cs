namespace Bootcamp.Mail.PersonalData;

/// <summary>What the mail queue names in an export; labels in Resources/MailText.resx (MailPersonalData_*).</summary>
internal enum MailPersonalData
{
    Module,
    Mail,
    PickupFile,
    ToAddress,
    ToName,
    Subject,
    Body,
    Attachments,
    Category,
    Status,
    CreatedAt,
    SentAt,
}
