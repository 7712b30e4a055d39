using Microsoft.Extensions.Localization;

namespace Egov.Platform.Localization;

/// <summary>Hands out the single platform localizer: texts are keyed, not split per type or view.</summary>
internal sealed class TextStringLocalizerFactory(TextStringLocalizer localizer) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => localizer;

    public IStringLocalizer Create(string baseName, string location) => localizer;
}
