using Egov.Platform.Localization;

namespace Egov.Platform.Tests.Localization;

public sealed class TextStringLocalizerTests
{
    private readonly TextStringLocalizer _localizer = new(new TextCatalog(TestPacks.Korea()));

    [Fact]
    public void Indexer_UsesTheCurrentUiCulture_AndFormatsArguments()
    {
        using var _ = new CultureScope("ja");

        Assert.Equal("ステップ3", _localizer["components.steps.step", 3].Value);
    }

    [Fact]
    public void Indexer_ReturnsTheKey_AndSaysSo_WhenTheTextIsMissing()
    {
        using var _ = new CultureScope("en");

        var text = _localizer["no.such.key"];

        Assert.True(text.ResourceNotFound);
        Assert.Equal("no.such.key", text.Value);
    }
}
