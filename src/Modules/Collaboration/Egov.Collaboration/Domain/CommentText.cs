using System.Text;
using System.Text.RegularExpressions;

namespace Egov.Collaboration.Domain;

/// <summary>
/// A comment's text: plain text (no markup of any kind is interpreted; pages encode it when they show it), line
/// breaks kept, at most <see cref="MaxLength"/> characters, and the <c>@</c> names in it.
/// </summary>
internal sealed partial class CommentText
{
    public const int MaxLength = 2000;

    /// <summary>More names than this in one comment is a broadcast, not a mention.</summary>
    public const int MaxMentions = 10;

    private CommentText(string value) => Value = value;

    public string Value { get; }

    /// <summary>
    /// The text as it will be stored, or null with the text key of what is wrong: empty, too long, or carrying
    /// control characters (which would show differently to each reader and hide text from some of them).
    /// </summary>
    public static CommentText? Parse(string? raw, out string? error)
    {
        var text = (raw ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim().Normalize(NormalizationForm.FormC);
        error = text.Length == 0 ? "collaboration.error.empty"
            : text.Length > MaxLength ? "collaboration.error.tooLong"
            : text.Any(c => char.IsControl(c) && c is not '\n' and not '\t') ? "collaboration.error.control"
            : null;
        return error is null ? new CommentText(text) : null;
    }

    /// <summary>The names written after <c>@</c> (an employee number or a name), each once, in order.</summary>
    public IReadOnlyList<string> MentionTokens() =>
        MentionPattern().Matches(Value).Select(m => m.Groups["token"].Value).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The text cut into plain runs and mentions, for a page to encode run by run: a token that names one of
    /// <paramref name="mentioned"/> (by number or name) becomes that official; everything else stays text.
    /// </summary>
    public static IEnumerable<(string Text, MentionedOfficial? Official)> Segments(string text, IReadOnlyCollection<MentionedOfficial> mentioned)
    {
        var at = 0;
        foreach (Match match in MentionPattern().Matches(text))
        {
            var token = match.Groups["token"].Value;
            if (mentioned.FirstOrDefault(o => o.Number == token || o.Name == token) is not { } official)
            {
                continue;
            }

            if (match.Index > at)
            {
                yield return (text[at..match.Index], null);
            }

            yield return (match.Value, official);
            at = match.Index + match.Length;
        }

        if (at < text.Length)
        {
            yield return (text[at..], null);
        }
    }

    // "@" at the start or after a space or an opening bracket (so e-mail addresses are not mentions), then letters or
    // digits, with dots, hyphens and underscores inside (employee numbers such as SEOUL-2020-3310); never ending in
    // punctuation, so "@SEOUL-2020-3310." names the official before the full stop.
    [GeneratedRegex(@"(?<=^|[\s(\[])@(?<token>[\p{L}\p{N}](?:[\p{L}\p{N}._-]*[\p{L}\p{N}])?)", RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();
}
