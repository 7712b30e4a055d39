using System.Text;
using Egov.Registries.Domain;
using Egov.Registries.Files;

namespace Egov.Registries.Tests;

/// <summary>The population files' reader: RFC 4180 quoting, line numbers across quoted line breaks, strict UTF-8.</summary>
public sealed class CsvRecordReaderTests
{
    [Fact]
    public void TryRead_QuotedFieldsAndLineBreaks_GivesFieldsAndTheLineEachRecordStartsOn()
    {
        var records = Read("a,b\n1,\"x, \"\"y\"\"\"\n2,\"two\nlines\"\n3,\n");

        Assert.Equal(
            [(1L, "a|b", null), (2, "1|x, \"y\"", null), (3, "2|two\nlines", null), (5, "3|", null)],
            records);
    }

    [Theory]
    [InlineData("1,\"open\n", "a quoted field is not closed")]
    [InlineData("1,\"x\"y\n", "text after a quoted field's closing quote")]
    [InlineData("1,x\"y\n", "a quote inside an unquoted field")]
    public void TryRead_BadQuoting_SaysWhat(string text, string problem) =>
        Assert.Equal(problem, Read(text).Single().Problem);

    [Fact]
    public void TryRead_InvalidUtf8_FailsThatRecordOnly()
    {
        var bytes = Encoding.UTF8.GetBytes("1,ok\n2,bad\n3,ok\n");
        bytes[8] = 0xC3;

        var records = Read(bytes);

        Assert.Equal([null, "not valid UTF-8", null], records.Select(r => r.Problem));
        Assert.Equal([1L, 2, 3], records.Select(r => r.Line));
    }

    [Fact]
    public void StableIdOrdered_SortsLikeTheNumbers_AndDiffersByScopeAndKind()
    {
        var ids = new long[] { 1, 2, 255, 256, 65_536, 51_600_000, 1L << 40 }.Select(n => StableId.Ordered("import/a", "resident", n)).ToList();

        Assert.Equal(ids.OrderBy(g => g.ToString(), StringComparer.Ordinal), ids);
        Assert.Equal(ids.Order(), ids.OrderBy(g => g.ToByteArray(bigEndian: true), Comparer<byte[]>.Create((x, y) => x.AsSpan().SequenceCompareTo(y))));
        Assert.NotEqual(StableId.Ordered("import/a", "resident", 1), StableId.Ordered("import/b", "resident", 1));
        Assert.NotEqual(StableId.Ordered("import/a", "resident", 1), StableId.Ordered("import/a", "household", 1));
        Assert.Equal(8, ids[0].Version);
    }

    private static List<(long Line, string Fields, string? Problem)> Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    private static List<(long Line, string Fields, string? Problem)> Read(byte[] bytes)
    {
        using var reader = new CsvRecordReader(new MemoryStream(bytes));
        var fields = new List<string>();
        var records = new List<(long, string, string?)>();
        while (reader.TryRead(fields, out var problem))
        {
            records.Add((reader.Line, string.Join('|', fields), problem));
        }

        return records;
    }
}
