using Egov.Collaboration.Contracts;

namespace Egov.Collaboration.Comments;

/// <summary>A subject the current official may read, as its owner described it.</summary>
internal sealed record OpenSubject(string Kind, string Id, CommentSubject Subject)
{
    /// <summary>The audit log's name for it, the same as its owner's (<c>approval-document:&lt;id&gt;</c>).</summary>
    public string Reference => SubjectReference(Kind, Id);

    public static string SubjectReference(string kind, string id) => $"{kind}:{id}";
}
