using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Egov.Platform.Design;

/// <summary>
/// <c>&lt;egov-pagination page="3" page-count="12" href-format="?page={0}" /&gt;</c>: KRDS pagination with
/// previous/next, plain links (no JavaScript) and the current page marked for screen readers.
/// </summary>
[HtmlTargetElement("egov-pagination", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PaginationTagHelper(IStringLocalizer texts) : TagHelper
{
    public int Page { get; set; } = 1;

    public int PageCount { get; set; } = 1;

    /// <summary>Link of a page, with <c>{0}</c> for its number.</summary>
    public string HrefFormat { get; set; } = "?page={0}";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = "nav";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("aria-label", texts["components.pagination.label"].Value);
        output.Attributes.SetAttribute("class", "krds-pagination");

        output.Content.AppendHtml(Navi("prev", texts["components.pagination.previous"], Page > 1 ? Page - 1 : null));
        var links = new TagBuilder("div");
        links.AddCssClass("page-links");
        foreach (var page in PageWindow.Pages(Page, PageCount))
        {
            links.InnerHtml.AppendHtml(page is { } number ? PageLink(number) : Gap());
        }

        output.Content.AppendHtml(links);
        output.Content.AppendHtml(Navi("next", texts["components.pagination.next"], Page < PageCount ? Page + 1 : null));
    }

    private TagBuilder PageLink(int number)
    {
        var link = new TagBuilder("a");
        link.AddCssClass(number == Page ? "page-link active" : "page-link");
        link.MergeAttribute("href", Href(number));
        if (number == Page)
        {
            link.MergeAttribute("aria-current", "page");
            link.InnerHtml.AppendHtml($"<span class=\"sr-only\">{System.Net.WebUtility.HtmlEncode(texts["components.pagination.current"])} </span>");
        }

        link.InnerHtml.Append(number.ToString(CultureInfo.CurrentCulture));
        return link;
    }

    private static TagBuilder Gap()
    {
        var gap = new TagBuilder("span");
        gap.AddCssClass("page-link link-dot");
        gap.MergeAttribute("aria-hidden", "true");
        return gap;
    }

    /// <summary>Previous/next: a link, or a disabled span at either end (a link to nowhere would mislead).</summary>
    private TagBuilder Navi(string direction, string text, int? target)
    {
        var navi = new TagBuilder(target is null ? "span" : "a");
        navi.AddCssClass($"page-navi {direction}");
        if (target is { } page)
        {
            navi.MergeAttribute("href", Href(page));
        }
        else
        {
            navi.AddCssClass("disabled");
        }

        navi.InnerHtml.Append(text);
        return navi;
    }

    private string Href(int page) => string.Format(CultureInfo.InvariantCulture, HrefFormat, page);
}
