namespace Bootcamp.Messages.Web;

/// <summary>No header link: messages belong to a session, and are reached from the session's own pages (staff's session
/// list, the teaching page of the session).</summary>
public sealed class MessagesWebModule : WebModule
{
    public override string Name => "Messages";
}
