using System.Globalization;
using System.Text;

namespace Egov.Registries.Files;

/// <summary>
/// Writes a CSV file of docs/registries.md a row at a time: UTF-8 without a byte-order mark, <c>\n</c> line ends,
/// RFC 4180 quoting only where a field needs it, ISO dates, invariant numbers. Buffered; holds nothing else.
/// </summary>
internal sealed class CsvRecordWriter : IDisposable
{
    private readonly StreamWriter writer;
    private bool rowStarted;

    public CsvRecordWriter(string path, PopulationFile file)
    {
        writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 20) { NewLine = "\n" };
        writer.Write(file.Header);
        writer.Write('\n');
    }

    public long Rows { get; private set; }

    public CsvRecordWriter Field(string? value)
    {
        Separate();
        if (value is null)
        {
            return this;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(value);
        }
        else
        {
            writer.Write('"');
            writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
            writer.Write('"');
        }

        return this;
    }

    public CsvRecordWriter Field(long? value) => Field(value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Areas with the two decimals the registers keep (<c>84.90</c>).</summary>
    public CsvRecordWriter Field(decimal value) => Field(value.ToString("0.00", CultureInfo.InvariantCulture));

    public CsvRecordWriter Field(DateOnly? value) => Field(value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

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
