using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Egov.Documents.Credentials;

/// <summary>
/// The JSON Canonicalization Scheme (RFC 8785): members sorted by UTF-16 code units, no whitespace, minimal string
/// escapes, numbers as ECMAScript writes them. Two systems that hold the same facts hash the same bytes, however
/// their serializers order or escape them: the offline payload's facts digest depends on it.
/// </summary>
internal static class CanonicalJson
{
    public static byte[] Serialize(JsonNode? node)
    {
        var text = new StringBuilder();
        Write(text, node);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void Write(StringBuilder text, JsonNode? node)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject members:
                text.Append('{');
                var first = true;
                foreach (var (name, value) in members.OrderBy(m => m.Key, StringComparer.Ordinal))
                {
                    text.Append(first ? "" : ",");
                    first = false;
                    WriteString(text, name);
                    text.Append(':');
                    Write(text, value);
                }

                text.Append('}');
                break;
            case JsonArray items:
                text.Append('[');
                for (var i = 0; i < items.Count; i++)
                {
                    text.Append(i == 0 ? "" : ",");
                    Write(text, items[i]);
                }

                text.Append(']');
                break;
            case JsonValue value:
                switch (value.GetValueKind())
                {
                    case System.Text.Json.JsonValueKind.String:
                        WriteString(text, value.GetValue<string>());
                        break;
                    case System.Text.Json.JsonValueKind.Number:
                        text.Append(Number(double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)));
                        break;
                    default:
                        text.Append(value.ToJsonString());
                        break;
                }

                break;
        }
    }

    private static void WriteString(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                '\b' => text.Append("\\b"),
                '\f' => text.Append("\\f"),
                '\n' => text.Append("\\n"),
                '\r' => text.Append("\\r"),
                '\t' => text.Append("\\t"),
                < ' ' => text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => text.Append(c),
            };
        }

        text.Append('"');
    }

    /// <summary>ECMAScript Number::toString of the shortest round-tripping digits (RFC 8785 §3.2.2.3).</summary>
    internal static string Number(double number)
    {
        if (number == 0)
        {
            return "0";
        }

        var shortest = Math.Abs(number).ToString("R", CultureInfo.InvariantCulture);
        var e = shortest.IndexOf('E', StringComparison.Ordinal);
        var exponent = e < 0 ? 0 : int.Parse(shortest.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = e < 0 ? shortest : shortest[..e];
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? mantissa : mantissa[..dot];
        var all = whole + (dot < 0 ? "" : mantissa[(dot + 1)..]);
        var digits = all.TrimStart('0');
        // number = 0.digits × 10^n
        var n = whole.Length - (all.Length - digits.Length) + exponent;
        digits = digits.TrimEnd('0');
        var k = digits.Length;
        var written = k <= n && n <= 21 ? digits + new string('0', n - k)
            : 0 < n && n <= 21 ? digits[..n] + "." + digits[n..]
            : -6 < n && n <= 0 ? "0." + new string('0', -n) + digits
            : digits[0] + (k > 1 ? "." + digits[1..] : "") + "e" + (n - 1 < 0 ? "-" : "+")
                + Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture);
        return number < 0 ? "-" + written : written;
    }
}
