using Microsoft.AspNetCore.Mvc.Localization;

namespace Egov.Identity.Pages.Account;

/// <summary>The three steps of registration, as the step indicator names them.</summary>
internal static class RegisterSteps
{
    public static IReadOnlyList<string> Labels(IViewLocalizer texts) =>
        [texts["identity.register.step1"].Value, texts["identity.register.step2"].Value, texts["identity.register.step3"].Value];
}
