using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Egov.Platform.Localization;

/// <summary>
/// One flat key space for the whole platform (<c>home.title</c>, <c>pack.serviceName</c>): texts are
/// looked up by key in the current UI culture, whatever type or view asked for the localizer.
/// </summary>
internal sealed class TextStringLocalizer(TextCatalog catalog) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            var text = catalog.Find(CultureInfo.CurrentUICulture, name);
            return new LocalizedString(name, text ?? name, resourceNotFound: text is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var template = this[name];
            return new LocalizedString(
                name,
                string.Format(CultureInfo.CurrentCulture, template.Value, arguments),
                template.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        catalog.For(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName)
            .Select(pair => new LocalizedString(pair.Key, pair.Value));
}
