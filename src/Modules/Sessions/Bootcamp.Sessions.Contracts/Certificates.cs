using Bootcamp.Shared.Contracts;

namespace Bootcamp.Sessions.Contracts;

public sealed record CertificateFile(byte[] Content, string FileName, string ContentType = "application/pdf");

/// <summary>The certificate of completion as a PDF in <paramref name="Culture"/> (the participant's language when null).
/// Not found when the participant did not complete.</summary>
public sealed record GetCertificate(Guid ParticipantId, string? Culture = null) : IQuery<CertificateFile>;

/// <summary>The certificate of the participant enrolled from that application, when they completed; null otherwise.
/// For the participant's private link.</summary>
public sealed record FindCertificateForApplication(Guid ApplicationId, string? Culture = null) : IQuery<CertificateFile?>;

/// <summary>Whether the participant enrolled from that application has a valid certificate, read from the records
/// without rendering it; null when there is none.</summary>
public sealed record GetCertificateAvailability(Guid ApplicationId) : IQuery<CertificateAvailability?>;

public sealed record CertificateAvailability(string VerificationCode);

/// <summary>What the public verification page shows for a code: nothing more than the certificate itself says.
/// Null for an unknown code.</summary>
public sealed record VerifyCertificate(string Code) : IQuery<CertificateVerificationDto?>;

/// <param name="Valid">False once the completion was overridden to not completed.</param>
public sealed record CertificateVerificationDto(
    string Code, string FullName, string SessionTitle, TrackDto Track, DateOnly StartDate, DateOnly EndDate, DateTimeOffset IssuedAt,
    bool Valid);
