namespace Bootcamp.Applications.Links;

/// <summary><c>Applications:StatusLinks</c>: how long a mailed status link works and how many may work at once.</summary>
internal sealed class StatusLinkOptions
{
    public const string Section = "Applications:StatusLinks";

    /// <summary>Long enough to cover a whole cycle from applying to the certificate; "resend my link" gives a new one after.</summary>
    public int ValidDays { get; set; } = 180;

    /// <summary>A person who asks for their link many times holds at most this many working links; the oldest goes first.</summary>
    public int MaxLive { get; set; } = 5;
}
