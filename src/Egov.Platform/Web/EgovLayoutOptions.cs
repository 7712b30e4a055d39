namespace Egov.Platform.Web;

/// <summary>
/// What other modules put into the shared layout. The Identity module sets <see cref="SignInPartial"/>
/// (<c>services.Configure&lt;EgovLayoutOptions&gt;(o =&gt; o.SignInPartial = "...")</c>); until then the slot is empty.
/// </summary>
public sealed class EgovLayoutOptions
{
    /// <summary>Partial view rendered in the header's sign-in slot, or null for none.</summary>
    public string? SignInPartial { get; set; }

    /// <summary>
    /// Partial view rendered on every page between the masthead and the header, for what a person must always
    /// see about their session (on whose behalf they act); it renders nothing when there is nothing to say.
    /// </summary>
    public string? SessionBannerPartial { get; set; }
}
