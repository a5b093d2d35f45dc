namespace Bootcamp.Identity;

/// <summary>The roles of docs/PRODUCT.md. A person may hold several (a staff member who also teaches).</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Staff = "Staff";
    public const string Instructor = "Instructor";
    public const string PlacementDirector = "PlacementDirector";
    public const string Sponsor = "Sponsor";

    public static readonly IReadOnlyList<string> All = [Admin, Staff, Instructor, PlacementDirector, Sponsor];
}

/// <summary>Named policies: every page and endpoint names one; anything unnamed is denied (fallback policy).</summary>
public static class Policies
{
    /// <summary>Users, roles, sponsors, data-protection requests.</summary>
    public const string Admin = "Admin";

    /// <summary>Programme staff: sessions, applications, selection. Admins too.</summary>
    public const string Staff = "Staff";

    /// <summary>Taking attendance and marking progress (object-level checks narrow it to one's own sessions).</summary>
    public const string Teaching = "Teaching";

    /// <summary>Placements and follow-ups.</summary>
    public const string Placements = "Placements";

    /// <summary>The sponsor portal, and nothing else.</summary>
    public const string Sponsor = "Sponsor";

    /// <summary>Finding a person and opening their page: staff and admins, and the placement director within their remit
    /// (the completers Placements follows).</summary>
    public const string People = "People";

    /// <summary>Any signed-in person of the organisation (not sponsors): the home dashboard.</summary>
    public const string Team = "Team";
}
