namespace Egov.Collaboration.Contracts;

/// <summary>
/// Answers for one kind of subject that officials comment on (an approval document, a field inspection). The module
/// that owns the subject implements it and registers it as an <see cref="ICommentSubjects"/> service; Collaboration
/// picks the implementation by <see cref="Kind"/>. Comments never decide on their own who may see a subject: the
/// owner's own access rule does, so a comment thread can never show more than the subject's card would.
/// </summary>
public interface ICommentSubjects
{
    /// <summary>
    /// The kind of subject this implementation owns, e.g. <c>approval-document</c>: lower-case letters, digits and
    /// hyphens, unique among the registered implementations. It appears in addresses and in the comments table.
    /// </summary>
    string Kind { get; }

    /// <summary>
    /// The subject as <paramref name="official"/> may see it, or null when it does not exist or the official may not
    /// read it; the two are never told apart, so a stranger cannot learn that a subject exists. Whoever may read a
    /// subject may comment on it and may be mentioned in its comments.
    /// </summary>
    /// <param name="subjectId">The subject's id as its owner writes it (a GUID, a number).</param>
    /// <param name="official">The official asking, by employee number (their account's user name).</param>
    /// <param name="cancellationToken">Cancels the look-up.</param>
    Task<CommentSubject?> FindAsync(string subjectId, string official, CancellationToken cancellationToken = default);
}

/// <summary>What Collaboration needs to know of a subject to show and announce its comments.</summary>
/// <param name="Title">A short title, shown in a mention's notice (the document's title, the inspected facility).</param>
/// <param name="Link">The local address of the subject's page (starting with <c>/</c>), where its comments panel is.</param>
/// <param name="Participants">
/// The employee numbers of the officials taking part (for a document: drafter, line, copies), offered first when a
/// commenter picks someone to mention. Others who may read the subject can still be mentioned by number.
/// </param>
public sealed record CommentSubject(string Title, string Link, IReadOnlyList<string> Participants);
