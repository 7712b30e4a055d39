using Egov.Platform.Localization;
using Microsoft.Extensions.Localization;

namespace Egov.Approvals.Drafting;

/// <summary>A refused draft's errors (field → text key) as other systems read them: in English, whatever the request's language.</summary>
internal static class DraftErrors
{
    public static IReadOnlyDictionary<string, string> InEnglish(IStringLocalizer texts, IReadOnlyDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(errors);
        using var english = new CultureScope("en");
        return errors.ToDictionary(e => e.Key, e => texts[e.Value].Value);
    }
}
