using System.Globalization;
using Egov.Notifications.Domain;
using Egov.Platform.Packs;

namespace Egov.Notifications.Pages.My;

/// <summary>A notice's text in the page's language when the sender wrote one, else in the pack's default language.</summary>
internal sealed record NoticeTextView(string Title, string Body, string Language)
{
    public static NoticeTextView Of(InboxNotice notice, CountryPack pack)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var texts = notice.Texts;
        var used = texts.ContainsKey(language) ? language : pack.DefaultLanguage;
        return new NoticeTextView(texts[used].Title, texts[used].Body, used);
    }
}
