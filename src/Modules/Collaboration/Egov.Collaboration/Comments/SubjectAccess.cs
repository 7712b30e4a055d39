using Egov.Collaboration.Contracts;
using Egov.Platform.Audit;

namespace Egov.Collaboration.Comments;

/// <summary>
/// Asks the module that owns a kind of subject whether an official may see one. An unknown kind, an unknown subject
/// and a subject the official may not read are one answer (not found), and each refusal is audited: reaching for
/// another department's thread is what an auditor wants to find.
/// </summary>
internal sealed class SubjectAccess(IEnumerable<ICommentSubjects> owners, IAuditLog audit)
{
    public const int MaxIdLength = 64;

    public ICommentSubjects? Owner(string kind) => owners.FirstOrDefault(o => o.Kind == kind);

    public async Task<OpenSubject?> OpenAsync(string kind, string id, string official, CancellationToken cancellationToken)
    {
        var subject = id.Length <= MaxIdLength && Owner(kind) is { } owner ? await owner.FindAsync(id, official, cancellationToken) : null;
        if (subject is null)
        {
            await audit.AppendAsync(new AuditRecord(Actor(official), "collaboration.subject.denied", OpenSubject.SubjectReference(kind, id)), cancellationToken);
            return null;
        }

        return new OpenSubject(kind, id, subject);
    }

    /// <summary>Whether <paramref name="official"/> may read the subject too (a mentioned official must, or the notice would lead to a 404).</summary>
    public async Task<bool> MayReadAsync(OpenSubject subject, string official, CancellationToken cancellationToken) =>
        Owner(subject.Kind) is { } owner && await owner.FindAsync(subject.Id, official, cancellationToken) is not null;

    public static string Actor(string official) => $"official:{official}";
}
