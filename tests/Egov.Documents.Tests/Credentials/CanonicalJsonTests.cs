using System.Text;
using System.Text.Json.Nodes;
using Egov.Documents.Credentials;

namespace Egov.Documents.Tests.Credentials;

public sealed class CanonicalJsonTests
{
    [Fact]
    public void Serialize_SortsMembersByUtf16_DropsWhitespace_AndEscapesMinimally()
    {
        var json = JsonNode.Parse("""{ "b": [1, "x\u0001\n\"\\/"], "a": { "z": true, "é": null, "Z": false }, "가": "주소" }""");

        Assert.Equal("""{"a":{"Z":false,"z":true,"é":null},"b":[1,"x\u0001\n\"\\/"],"가":"주소"}""", Encoding.UTF8.GetString(CanonicalJson.Serialize(json)));
    }

    // RFC 8785 appendix B and ECMAScript Number::toString.
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(1.0, "1")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(123.456, "123.456")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e23, "1e+23")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(333333333.3333333, "333333333.3333333")]
    [InlineData(9007199254740992, "9007199254740992")]
    [InlineData(4.50, "4.5")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    public void Number_IsWrittenAsEcmaScriptDoes(double value, string expected)
    {
        Assert.Equal(expected, CanonicalJson.Number(value));
    }

    [Fact]
    public void Number_NegativeZero_IsZero()
    {
        Assert.Equal("0", CanonicalJson.Number(-0.0));
    }

    [Fact]
    public void FactsDigest_DoesNotDependOnMemberOrderOrSpacing()
    {
        var one = JsonNode.Parse("""{"name":"김민준","age":36}""")!;
        var other = JsonNode.Parse("""{ "age": 36.0,   "name": "\uae40\ubbfc\uc900" }""")!;
        var changed = JsonNode.Parse("""{"name":"김민준","age":37}""")!;

        Assert.Equal(OfflinePayload.FactsDigest(one), OfflinePayload.FactsDigest(other));
        Assert.NotEqual(OfflinePayload.FactsDigest(one), OfflinePayload.FactsDigest(changed));
        Assert.Equal(16, OfflinePayload.FactsDigest(one).Length);
    }
}

public sealed class Base45Tests
{
    // RFC 9285 §4.3 and §4.4.
    [Theory]
    [InlineData("AB", "BB8")]
    [InlineData("Hello!!", "%69 VD92EX0")]
    [InlineData("base-45", "UJCLQE7W581")]
    [InlineData("ietf!", "QED8WEX0")]
    [InlineData("", "")]
    public void EncodeAndDecode_MatchTheRfcExamples(string text, string base45)
    {
        Assert.Equal(base45, Base45.Encode(Encoding.ASCII.GetBytes(text)));
        Assert.Equal(text, Encoding.ASCII.GetString(Base45.Decode(base45)!));
    }

    [Theory]
    [InlineData("GGW!")]
    [InlineData(":::")]
    [InlineData("A")]
    [InlineData("abc")]
    [InlineData("::")]
    public void Decode_NotBase45_GivesNull(string text)
    {
        Assert.Null(Base45.Decode(text));
    }

    [Fact]
    public void EveryByteValue_RoundTrips()
    {
        var bytes = Enumerable.Range(0, 256).Select(i => (byte)i).Concat(Enumerable.Range(0, 255).Select(i => (byte)(255 - i))).ToArray();

        Assert.Equal(bytes, Base45.Decode(Base45.Encode(bytes)));
    }
}
