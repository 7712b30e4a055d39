using Microsoft.AspNetCore.Identity;

namespace Egov.Testing;

public static class IdentityResults
{
    /// <summary>Fails with Identity's own reasons (a duplicate user name, a refused password), not a bare "false".</summary>
    public static void AssertSucceeded(this IdentityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Code}: {e.Description}")));
    }
}
