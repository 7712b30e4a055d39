using Egov.Collaboration.Data;
using Egov.Collaboration.Domain;
using Egov.Collaboration.Live;
using Egov.Org.Contracts;
using Egov.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Egov.Collaboration.Comments;

/// <summary>
/// A subject's thread: reading it, posting and correcting comments. Callers pass a subject they opened through
/// <see cref="SubjectAccess"/>, so every operation here is already limited to officials who may read the subject.
/// A comment and its mentions are written in one save: a refused mention writes nothing.
/// </summary>
internal sealed class CommentBoard(
    CollaborationDbContext db, MentionResolver mentions, IOrgDirectory org, IAuditLog audit, CommentSignals signals, TimeProvider time,
    IOptions<CollaborationOptions> options)
{
    public TimeSpan EditWindow => options.Value.EditWindow;

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<CommentThread> ThreadAsync(OpenSubject subject, CancellationToken cancellationToken)
    {
        var comments = await db.Comments.AsNoTracking().Include(c => c.Revisions)
            .Where(c => c.SubjectKind == subject.Kind && c.SubjectId == subject.Id).OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);
        var ids = comments.Select(c => c.Id).ToList();
        var named = await db.Mentions.AsNoTracking().Where(m => ids.Contains(m.CommentId)).ToListAsync(cancellationToken);
        return new CommentThread(comments, named.ToLookup(m => m.CommentId, m => new MentionedOfficial(m.OfficialNumber, m.OfficialName)));
    }

    /// <summary>How many of the official's mentions they have not seen on their mentions page yet.</summary>
    public Task<int> UnreadMentionsAsync(string official, CancellationToken cancellationToken) =>
        db.Mentions.CountAsync(m => m.OfficialNumber == official && m.ReadAt == null, cancellationToken);

    public async Task<CommentOutcome> PostAsync(OpenSubject subject, string official, string? rawText, CancellationToken cancellationToken)
    {
        if (CommentText.Parse(rawText, out var invalid) is not { } text)
        {
            return CommentOutcome.Refused(new CommentError(invalid!));
        }

        var (named, error) = await mentions.ResolveAsync(subject, text, cancellationToken);
        if (error is not null)
        {
            return CommentOutcome.Refused(error);
        }

        var author = await org.FindOfficialAsync(official, cancellationToken);
        var now = Now;
        var comment = Comment.Post(subject.Kind, subject.Id, official, author?.Name ?? official, text, now);
        db.Comments.Add(comment);
        var notified = Notify(subject, comment, named, now);
        await db.SaveChangesAsync(cancellationToken);
        await AfterAsync(subject, official, "collaboration.comment.post", notified, cancellationToken);
        return CommentOutcome.Done(comment);
    }

    public async Task<CommentOutcome> EditAsync(OpenSubject subject, Guid commentId, string official, string? rawText, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.Include(c => c.Revisions)
            .FirstOrDefaultAsync(c => c.Id == commentId && c.SubjectKind == subject.Kind && c.SubjectId == subject.Id, cancellationToken);
        if (comment is null)
        {
            return CommentOutcome.Missing;
        }

        var now = Now;
        if (!comment.MayEdit(official, now, EditWindow))
        {
            return CommentOutcome.Refused(new CommentError(comment.AuthorNumber == official ? "collaboration.error.editClosed" : "collaboration.error.notAuthor"));
        }

        if (CommentText.Parse(rawText, out var invalid) is not { } text)
        {
            return CommentOutcome.Refused(new CommentError(invalid!));
        }

        var (named, error) = await mentions.ResolveAsync(subject, text, cancellationToken);
        if (error is not null)
        {
            return CommentOutcome.Refused(error);
        }

        // Only officials the comment did not name before hear of it: a correction is not news to the others.
        var before = await db.Mentions.Where(m => m.CommentId == comment.Id).Select(m => m.OfficialNumber).ToListAsync(cancellationToken);
        comment.Edit(text, now);
        var notified = Notify(subject, comment, named.Where(n => !before.Contains(n.Number)), now);
        await db.SaveChangesAsync(cancellationToken);
        await AfterAsync(subject, official, "collaboration.comment.edit", notified, cancellationToken);
        return CommentOutcome.Done(comment);
    }

    private List<string> Notify(OpenSubject subject, Comment comment, IEnumerable<MentionedOfficial> named, DateTime now)
    {
        // Naming oneself is allowed (it reads naturally in a reply) but is no news to oneself.
        var notified = named.Where(n => n.Number != comment.AuthorNumber).ToList();
        db.Mentions.AddRange(notified.Select(n => Mention.Of(comment, n, subject.Subject.Title, subject.Subject.Link, now)));
        return notified.Select(n => n.Number).ToList();
    }

    private async Task AfterAsync(OpenSubject subject, string official, string action, IReadOnlyList<string> notified, CancellationToken cancellationToken)
    {
        await audit.AppendAsync(new AuditRecord(SubjectAccess.Actor(official), action, subject.Reference), cancellationToken);
        await signals.ChangedAsync(subject, cancellationToken);
        await signals.MentionedAsync(notified, cancellationToken);
    }
}

/// <summary>A subject's comments in order, and whom each names.</summary>
internal sealed record CommentThread(IReadOnlyList<Comment> Comments, ILookup<Guid, MentionedOfficial> Mentioned);

/// <summary>What became of a post or an edit.</summary>
internal sealed record CommentOutcome(Comment? Comment, CommentError? Error, bool NotFound)
{
    public static CommentOutcome Missing { get; } = new(null, null, true);

    public static CommentOutcome Done(Comment comment) => new(comment, null, false);

    public static CommentOutcome Refused(CommentError error) => new(null, error, false);
}
