using Egov.Collaboration.Domain;
using Egov.Org.Contracts;

namespace Egov.Collaboration.Comments;

/// <summary>
/// Turns the <c>@</c> names of a comment into officials: an employee number is looked up in the agency directory
/// (Org); a name is matched against the subject's participants, where it is unambiguous far more often than in a
/// whole agency. Every official named must be able to read the subject, or their notice would lead nowhere.
/// </summary>
internal sealed class MentionResolver(IOrgDirectory org, SubjectAccess access)
{
    public async Task<(IReadOnlyList<MentionedOfficial> Officials, CommentError? Error)> ResolveAsync(
        OpenSubject subject, CommentText text, CancellationToken cancellationToken)
    {
        var tokens = text.MentionTokens();
        if (tokens.Count > CommentText.MaxMentions)
        {
            return ([], new CommentError("collaboration.error.tooManyMentions", CommentText.MaxMentions.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var participants = await CardsAsync(subject.Subject.Participants, cancellationToken);
        var found = new List<MentionedOfficial>();
        foreach (var token in tokens)
        {
            var byNumber = await org.FindOfficialAsync(token, cancellationToken);
            var byName = participants.Where(p => p.Name == token).ToList();
            if (byNumber is null && byName.Count > 1)
            {
                return ([], new CommentError("collaboration.error.ambiguousMention", token));
            }

            var card = byNumber ?? byName.SingleOrDefault();
            if (card is null || card.Status == OfficialStatus.Departed)
            {
                return ([], new CommentError("collaboration.error.unknownMention", token));
            }

            if (!await access.MayReadAsync(subject, card.EmployeeNumber, cancellationToken))
            {
                return ([], new CommentError("collaboration.error.mentionCannotRead", card.Name));
            }

            if (found.All(f => f.Number != card.EmployeeNumber))
            {
                found.Add(new MentionedOfficial(card.EmployeeNumber, card.Name));
            }
        }

        return (found, null);
    }

    /// <summary>The participants as the directory knows them, in the owner's order; numbers it does not know are left out.</summary>
    public async Task<IReadOnlyList<OfficialCard>> CardsAsync(IEnumerable<string> numbers, CancellationToken cancellationToken)
    {
        var cards = new List<OfficialCard>();
        foreach (var number in numbers.Distinct(StringComparer.Ordinal))
        {
            if (await org.FindOfficialAsync(number, cancellationToken) is { } card)
            {
                cards.Add(card);
            }
        }

        return cards;
    }
}

/// <summary>What is wrong with a comment: a text key, and the one value it names (a name, a limit), if any.</summary>
internal sealed record CommentError(string Key, string? Argument = null);
