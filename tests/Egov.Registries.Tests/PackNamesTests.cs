using System.Globalization;
using Egov.Registries.Queries;
using Egov.Registries.Tests.Support;

namespace Egov.Registries.Tests;

/// <summary>Codes the registers keep, named by the pack in the reader's language; a code the pack does not list shows as it is.</summary>
public sealed class PackNamesTests
{
    [Theory]
    [InlineData("ko", "임야", "연립주택", "종로구")]
    [InlineData("en", "Forest", "Row house", "Jongno-gu")]
    [InlineData("ja", "山林", "連立住宅", "鍾路区")]
    public void LandCategoriesBuildingUsesAndRegions_AreNamedInTheReadersLanguage(string language, string forest, string rowHouse, string jongno)
    {
        var names = new PackNames(KrPack.Pack);
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            Assert.Equal((forest, rowHouse, jongno), (names.LandCategory("임야"), names.BuildingUse("연립주택"), names.Region("11110")));
            Assert.Equal(("창고부지", "공동주택", "99999"), (names.LandCategory("창고부지"), names.BuildingUse("공동주택"), names.Region("99999")));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
