using System.Globalization;
using System.Text;

namespace Egov.Registries.Files;

/// <summary>
/// One CSV file of docs/registries.md, written a row at a time: UTF-8 without a byte-order mark, <c>\n</c> line
/// ends, RFC 4180 quoting, invariant number and date formats. Buffered; nothing is held but the buffer. The
/// generator and the exporter both write through it.
/// </summary>
internal sealed class CsvFile : IDisposable
{
    private const int BufferSize = 1 << 20;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly StreamWriter writer;
    private readonly char[] scratch = new char[32];
    private bool rowStarted;

    public CsvFile(string path, string header)
        : this(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read), header)
    {
    }

    /// <summary>Writes to <paramref name="stream"/>, which it closes when disposed.</summary>
    public CsvFile(Stream stream, string header)
    {
        writer = new StreamWriter(stream, Utf8, BufferSize) { NewLine = "\n" };
        writer.Write(header);
        writer.Write('\n');
    }

    public long Rows { get; private set; }

    public CsvFile Field(string? value)
    {
        Separate();
        if (value is null)
        {
            return this;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(value);
            return this;
        }

        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
        return this;
    }

    public CsvFile Field(long value)
    {
        Separate();
        value.TryFormat(scratch, out var written, provider: CultureInfo.InvariantCulture);
        writer.Write(scratch, 0, written);
        return this;
    }

    public CsvFile Field(long? value) => value is { } v ? Field(v) : Field((string?)null);

    public CsvFile Field(decimal value)
    {
        Separate();
        value.TryFormat(scratch, out var written, provider: CultureInfo.InvariantCulture);
        writer.Write(scratch, 0, written);
        return this;
    }

    public CsvFile Field(DateOnly? value)
    {
        Separate();
        if (value is { } date)
        {
            date.TryFormat(scratch, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            writer.Write(scratch, 0, written);
        }

        return this;
    }

    public void EndRow()
    {
        writer.Write('\n');
        rowStarted = false;
        Rows++;
    }

    public void Dispose() => writer.Dispose();

    private void Separate()
    {
        if (rowStarted)
        {
            writer.Write(',');
        }

        rowStarted = true;
    }
}
