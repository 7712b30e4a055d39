using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Egov.Identity.Domain;

/// <summary>
/// Refuses the passwords attackers try first (NIST SP 800-63B §5.1.1.2): the 100,000 most common ones from
/// the OWASP SecLists list, compared without regard to case. Composition rules are not used instead.
/// </summary>
internal sealed class CommonPasswordValidator(CommonPasswordList list, IStringLocalizer texts) : IPasswordValidator<Account>
{
    public Task<IdentityResult> ValidateAsync(UserManager<Account> manager, Account user, string? password) =>
        Task.FromResult(password is not null && list.Contains(password)
            ? IdentityResult.Failed(new IdentityError { Code = "CommonPassword", Description = texts["identity.password.common"] })
            : IdentityResult.Success);
}

/// <summary>The list, read once from the file the build copies beside the binaries.</summary>
internal sealed class CommonPasswordList
{
    public const int Size = 100_000;

    private readonly Lazy<HashSet<string>> passwords = new(() => File.ReadLines(Path.Combine(AppContext.BaseDirectory, "common-passwords.txt"))
        .Take(Size)
        .ToHashSet(StringComparer.OrdinalIgnoreCase));

    public bool Contains(string password) => passwords.Value.Contains(password);
}
