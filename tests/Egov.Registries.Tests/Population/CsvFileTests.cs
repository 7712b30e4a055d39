using Egov.Registries.Files;

namespace Egov.Registries.Tests.Population;

public sealed class CsvFileTests
{
    [Fact]
    public void Fields_AreQuotedOnlyWhenRfc4180AsksIt_AndNumbersAndDatesAreInvariant()
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var file = new CsvFile(path, "a,b,c,d,e,f"))
            {
                file.Field("plain").Field("with, comma").Field("say \"hi\"").Field("two\nlines").Field((string?)null).Field(84.97m).EndRow();
                file.Field(-12L).Field(new DateOnly(2025, 1, 2)).Field((DateOnly?)null).Field("").Field("한빛").Field(0m).EndRow();
            }

            Assert.Equal(
                "a,b,c,d,e,f\nplain,\"with, comma\",\"say \"\"hi\"\"\",\"two\nlines\",,84.97\n-12,2025-01-02,,,한빛,0\n",
                File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
