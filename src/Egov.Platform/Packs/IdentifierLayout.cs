using System.Globalization;

namespace Egov.Platform.Packs;

/// <summary>
/// An identifier's pattern read as a sequence of fixed-length digit groups and literal characters
/// (<c>^(?&lt;yy&gt;\d{2})(?&lt;mm&gt;\d{2})…(?&lt;check&gt;\d)$</c>): the shape a generator needs to compose
/// numbers. Patterns with alternatives, classes or variable lengths have no layout.
/// </summary>
public sealed class IdentifierLayout
{
    private IdentifierLayout(IReadOnlyList<IdentifierPart> parts) => Parts = parts;

    /// <summary>The pattern's parts, left to right.</summary>
    public IReadOnlyList<IdentifierPart> Parts { get; }

    /// <summary>The layout of <paramref name="pattern"/>, or null with the reason it has none.</summary>
    public static IdentifierLayout? TryRead(string pattern, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var parts = new List<IdentifierPart>();
        var text = pattern.StartsWith('^') ? pattern[1..] : pattern;
        text = text.EndsWith('$') ? text[..^1] : text;
        var i = 0;
        while (i < text.Length)
        {
            if (text.AsSpan(i).StartsWith("(?<"))
            {
                var close = text.IndexOf(')', i);
                var nameEnd = text.IndexOf('>', i);
                if (close < 0 || nameEnd < 0 || nameEnd > close || DigitCount(text[(nameEnd + 1)..close]) is not { } length)
                {
                    problem = "every group must be a named group of a fixed number of digits, such as (?<serial>\\d{5})";
                    return null;
                }

                parts.Add(new IdentifierPart(text[(i + 3)..nameEnd], null, length));
                i = close + 1;
            }
            else if (text[i] == '\\' && i + 1 < text.Length && !char.IsAsciiLetterOrDigit(text[i + 1]))
            {
                parts.Add(new IdentifierPart(null, text[i + 1].ToString(), 1));
                i += 2;
            }
            else if (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '-' or ' ' or '/')
            {
                parts.Add(new IdentifierPart(null, text[i].ToString(), 1));
                i++;
            }
            else
            {
                problem = $"'{text[i]}' at position {i + 1} is neither a literal character nor a named digit group";
                return null;
            }
        }

        problem = null;
        return new IdentifierLayout(parts);
    }

    private static int? DigitCount(string body)
    {
        if (body == "\\d")
        {
            return 1;
        }

        return body.StartsWith("\\d{", StringComparison.Ordinal) && body.EndsWith('}')
            && int.TryParse(body[3..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 18
            ? n
            : null;
    }
}

/// <summary>One part of an <see cref="IdentifierLayout"/>: a named group of <see cref="Length"/> digits, or a literal.</summary>
public sealed record IdentifierPart(string? Group, string? Literal, int Length);
