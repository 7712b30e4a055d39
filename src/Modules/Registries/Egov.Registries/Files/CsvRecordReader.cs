using System.Buffers;
using System.Text;

namespace Egov.Registries.Files;

/// <summary>
/// Reads a CSV file of docs/registries.md one record at a time, with the line it starts on: RFC 4180 quoting
/// (a quoted field may span lines), strict UTF-8 (an invalid byte is an error of that record, not a replacement
/// character). Holds one read buffer and the current record, whatever the file's size.
/// </summary>
internal sealed class CsvRecordReader(Stream stream) : IDisposable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly byte[] buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
    private byte[] record = ArrayPool<byte>.Shared.Rent(1 << 12);
    private int bufferStart;
    private int bufferEnd;
    private long nextLine = 1;

    /// <summary>The line the last record read starts on (1 for the header).</summary>
    public long Line { get; private set; }

    /// <summary>
    /// Reads the next record into <paramref name="fields"/>; false at the end of the file. A record that is
    /// not valid UTF-8 or is badly quoted yields its reason in <paramref name="problem"/> and no fields.
    /// </summary>
    public bool TryRead(List<string> fields, out string? problem)
    {
        fields.Clear();
        problem = null;
        Line = nextLine;
        var length = 0;
        var inQuotes = false;
        var any = false;
        while (true)
        {
            if (bufferStart == bufferEnd)
            {
                bufferStart = 0;
                bufferEnd = stream.Read(buffer, 0, buffer.Length);
                if (bufferEnd == 0)
                {
                    if (!any)
                    {
                        return false;
                    }

                    break;
                }
            }

            any = true;
            var b = buffer[bufferStart++];
            if (b == (byte)'"')
            {
                inQuotes = !inQuotes;
            }
            else if (b == (byte)'\n')
            {
                nextLine++;
                if (!inQuotes)
                {
                    break;
                }
            }

            if (length == record.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(record.Length * 2);
                record.AsSpan().CopyTo(larger);
                ArrayPool<byte>.Shared.Return(record);
                record = larger;
            }

            record[length++] = b;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(record, 0, length);
        }
        catch (DecoderFallbackException)
        {
            problem = "not valid UTF-8";
            return true;
        }

        problem = Split(text, fields);
        return true;
    }

    /// <summary>Splits one record's text into fields, undoing RFC 4180 quoting; returns what is wrong, or null.</summary>
    private static string? Split(string text, List<string> fields)
    {
        var end = text.Length > 0 && text[^1] == '\r' ? text.Length - 1 : text.Length;
        var at = 0;
        while (true)
        {
            if (at < end && text[at] == '"')
            {
                var value = new StringBuilder();
                at++;
                while (true)
                {
                    var quote = text.IndexOf('"', at, end - at);
                    if (quote < 0)
                    {
                        return "a quoted field is not closed";
                    }

                    value.Append(text, at, quote - at);
                    at = quote + 1;
                    if (at < end && text[at] == '"')
                    {
                        value.Append('"');
                        at++;
                        continue;
                    }

                    break;
                }

                fields.Add(value.ToString());
                if (at == end)
                {
                    return null;
                }

                if (text[at] != ',')
                {
                    return "text after a quoted field's closing quote";
                }

                at++;
                continue;
            }

            var comma = text.IndexOf(',', at, end - at);
            var stop = comma < 0 ? end : comma;
            if (text.AsSpan(at, stop - at).Contains('"'))
            {
                return "a quote inside an unquoted field";
            }

            fields.Add(text[at..stop]);
            if (comma < 0)
            {
                return null;
            }

            at = comma + 1;
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(buffer);
        ArrayPool<byte>.Shared.Return(record);
        stream.Dispose();
    }
}
