using System.Security.Cryptography;

namespace Egov.Documents.Domain;

/// <summary>
/// The number printed on a document and typed by verifiers: 16 digits in groups of four, 15 random and a Luhn
/// check digit. Random, because anyone holding the number sees what the document attests (masked): with 10^15
/// possibilities and a rate-limited page, guessing one is hopeless; the check digit catches typing errors before
/// any lookup.
/// </summary>
internal static class DocumentNumber
{
    private const int Digits = 16;

    public static string New()
    {
        Span<int> digits = stackalloc int[Digits];
        for (var i = 0; i < Digits - 1; i++)
        {
            digits[i] = RandomNumberGenerator.GetInt32(10);
        }

        digits[Digits - 1] = CheckDigit(digits[..(Digits - 1)]);
        return Write(digits);
    }

    /// <summary>The number in its printed form, or null when it is not one (wrong length, letters, check digit).</summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null)
        {
            return null;
        }

        Span<int> digits = stackalloc int[Digits];
        var count = 0;
        foreach (var c in typed)
        {
            if (char.IsAsciiDigit(c) && count < Digits)
            {
                digits[count++] = c - '0';
            }
            else if (c is not (' ' or '-'))
            {
                return null;
            }
        }

        return count == Digits && CheckDigit(digits[..(Digits - 1)]) == digits[Digits - 1] ? Write(digits) : null;
    }

    private static int CheckDigit(ReadOnlySpan<int> payload)
    {
        var sum = 0;
        for (var i = 0; i < payload.Length; i++)
        {
            // Luhn: from the right of the payload, every first digit is doubled (the check digit will sit to its right).
            var d = payload[payload.Length - 1 - i];
            if (i % 2 == 0)
            {
                d *= 2;
                d = d > 9 ? d - 9 : d;
            }

            sum += d;
        }

        return (10 - (sum % 10)) % 10;
    }

    private static string Write(ReadOnlySpan<int> digits) =>
        string.Create(Digits + 3, digits.ToArray(), (chars, d) =>
        {
            for (int i = 0, at = 0; i < Digits; i++)
            {
                if (i > 0 && i % 4 == 0)
                {
                    chars[at++] = '-';
                }

                chars[at++] = (char)('0' + d[i]);
            }
        });
}
