using Egov.Testing;

namespace Egov.Org.Tests.Support;

/// <summary>
/// A host with the demo officials' accounts (user name = employee number, the demo password), shared by a class, and
/// each official's browser session: once an official has set up their authenticator app, signing in again would ask
/// for its code, so the tests of a class share one session per official.
/// </summary>
public sealed class DemoOfficialsHostFixture : EgovHostFixture
{
    private readonly Dictionary<string, PersonAtTheBrowser> sessions = new(StringComparer.Ordinal);

    protected override IReadOnlyDictionary<string, string?>? Settings { get; } =
        new Dictionary<string, string?> { ["Identity:SeedDemoAccounts"] = "true" };

    /// <summary>The official signed in and stepped up to AAL2 (the tests of a class run one at a time).</summary>
    public async Task<PersonAtTheBrowser> SignedInAsync(string employeeNumber)
    {
        if (!sessions.TryGetValue(employeeNumber, out var official))
        {
            official = await OrgAtTheBrowser.SignInAsync(Factory, employeeNumber);
            sessions[employeeNumber] = official;
        }

        return official;
    }
}
