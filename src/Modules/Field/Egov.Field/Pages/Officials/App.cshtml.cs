using Egov.Identity.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Egov.Field.Pages.Officials;

/// <summary>
/// <c>/officials/field/app</c>: the field app's shell. The page carries only texts and layout; the inspector's
/// assignments, templates and results live in the device's IndexedDB and reach the server through the sync API, so
/// the service worker can serve this shell from its cache when the network is gone.
/// </summary>
[Authorize(Roles = OfficialRoles.Inspector, Policy = AssuranceLevels.Aal2Policy)]
internal sealed class AppModel : PageModel
{
    /// <summary>The app's address, which is also the service worker's scope.</summary>
    public const string Path = "/officials/field/app";

    /// <summary>The service worker's address (allowed the app's address as its scope).</summary>
    public const string ServiceWorkerPath = Path + "/sw.js";

    /// <summary>The web app manifest's address.</summary>
    public const string ManifestPath = Path + "/manifest.webmanifest";

    /// <summary>The modules <c>field-app.js</c> imports (wwwroot/app), preloaded by the page.</summary>
    public static readonly IReadOnlyList<string> ScriptModules =
        ["field-dom.js", "field-form.js", "field-photos.js", "field-store.js", "field-sync.js", "field-texts.js"];

    /// <summary>The keys (after <c>field.app.</c>) of the texts the app's script writes itself.</summary>
    public static readonly IReadOnlyList<string> ClientTexts =
    [
        "online", "offline", "unsynced-none", "unsynced", "downloaded", "download-done", "sync-done", "sync-later", "sync-refused",
        "sign-in-again", "sign-in", "due", "distance-m", "distance-km", "state-not-started", "state-in-progress",
        "state-saved-waiting", "state-completed-waiting", "state-synced", "state-completed", "state-refused", "pass", "fail",
        "not-applicable", "reading", "limits-min", "limits-max", "limits-range", "note", "legal-basis", "photo-add", "photo-count",
        "photo-alt", "photo-failed", "position", "position-none", "position-failed", "saved", "completed-waiting", "incomplete",
        "nothing-recorded", "superseded",
    ];
}
