using System.Buffers.Text;
using System.IO.Compression;
using Egov.Documents.Credentials;
using Microsoft.Extensions.Time.Testing;

namespace Egov.Documents.Tests.Credentials;

public sealed class BitstringStatusListTests
{
    [Fact]
    public void EncodeThenDecode_GivesExactlyTheBitsSet()
    {
        var list = new BitstringStatusList();
        int[] revoked = [0, 7, 8, 131_071];
        foreach (var index in revoked)
        {
            list[index] = true;
        }

        var decoded = BitstringStatusList.Decode(list.Encode())!;

        Assert.Equal(revoked, Enumerable.Range(0, decoded.Length).Where(i => decoded[i]));
    }

    [Fact]
    public void Encode_IsMultibaseBase64UrlOfGzip_WithIndexZeroTheFirstBytesHighBit()
    {
        var list = new BitstringStatusList();
        list[0] = true;
        list[7] = true;
        list[8] = true;

        var encoded = list.Encode();

        Assert.StartsWith("u", encoded, StringComparison.Ordinal);
        Assert.Matches("^u[A-Za-z0-9_-]+$", encoded);
        using var gzip = new GZipStream(new MemoryStream(Base64Url.DecodeFromChars(encoded.AsSpan(1))), CompressionMode.Decompress);
        using var bits = new MemoryStream();
        gzip.CopyTo(bits);
        Assert.Equal(16_384, bits.Length);
        Assert.Equal([0b1000_0001, 0b1000_0000, 0], bits.ToArray()[..3]);
    }

    [Fact]
    public void NewList_HasTheSpecsMinimumOf131072Entries_AllClear_AndEncodesSmall()
    {
        var list = new BitstringStatusList();

        Assert.Equal(131_072, list.Length);
        Assert.DoesNotContain(Enumerable.Range(0, list.Length), i => list[i]);
        Assert.InRange(list.Encode().Length, 1, 100);
    }

    [Fact]
    public void Clearing_ABit_Unsets_OnlyThatBit()
    {
        var list = new BitstringStatusList();
        list[9] = true;
        list[10] = true;

        list[9] = false;

        Assert.Equal([10], Enumerable.Range(0, list.Length).Where(i => list[i]));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("u")]
    [InlineData("zH4sI")]
    [InlineData("uH4sI")]
    [InlineData("u!!!!")]
    [InlineData("uH4sIAAAAAAAAA+3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA")]
    public void Decode_Garbage_GivesNull(string? garbage)
    {
        Assert.Null(BitstringStatusList.Decode(garbage));
    }

    [Fact]
    public void Decode_AListShorterThanTheSpecsMinimum_GivesNull()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(new byte[1024]);
        }

        Assert.Null(BitstringStatusList.Decode("u" + Base64Url.EncodeToString(compressed.ToArray())));
    }

    [Theory]
    [InlineData(1, 0, 1)]
    [InlineData(131_071, 0, 131_071)]
    [InlineData(131_072, 1, 0)]
    [InlineData(262_145, 2, 1)]
    public void StatusPosition_OfASequence_IsListAndBit(long sequence, long list, int index)
    {
        Assert.Equal(new StatusPosition(list, index), StatusPosition.OfSequence(sequence));
    }

    [Fact]
    public void StatusPosition_Url_IsUnderTheDocumentsApi()
    {
        Assert.Equal("https://gov.example/egov/api/v1/documents/status/2", StatusPosition.OfSequence(262_145).ListUrl(new Uri("https://gov.example/egov/")));
        Assert.Throws<ArgumentOutOfRangeException>(() => StatusPosition.OfSequence(0));
    }

    [Fact]
    public void StatusListCredential_VerifiesAndCarriesTheList()
    {
        var key = TestKey.Create();
        var list = new BitstringStatusList();
        list[3] = true;
        var token = new StatusListCredential(Samples.BaseUrl).Issue(1, list, Samples.IssuedAt, Samples.IssuedAt.AddDays(1), key.Signing);

        var result = new CredentialVerifier(new FakeTimeProvider(Samples.IssuedAt.AddHours(1))).Verify(token, new TrustedIssuer(Samples.Did, [key.Published]));

        Assert.Equal(VerificationOutcome.Valid, result.Outcome);
        var credential = result.Credential!;
        Assert.Equal("https://gov.example:8443/api/v1/documents/status/1", (string)credential["id"]!);
        Assert.Equal(["VerifiableCredential", "BitstringStatusListCredential"], credential["type"]!.AsArray().Select(t => (string)t!));
        var subject = credential["credentialSubject"]!;
        Assert.Equal("https://gov.example:8443/api/v1/documents/status/1#list", (string)subject["id"]!);
        Assert.Equal("BitstringStatusList", (string)subject["type"]!);
        Assert.Equal("revocation", (string)subject["statusPurpose"]!);
        var read = StatusListCredential.ReadList(credential)!;
        Assert.Equal([3], Enumerable.Range(0, read.Length).Where(i => read[i]));
    }
}
