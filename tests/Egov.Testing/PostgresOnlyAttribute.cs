using Xunit.v3;

namespace Egov.Testing;

/// <summary>
/// Marks tests that only make sense on PostgreSQL. The SQLite pass of <c>./build.sh test</c> filters them out
/// by this trait (<c>--filter-not-trait Requires=Postgres</c>); the PostgreSQL pass runs them.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class PostgresOnlyAttribute : Attribute, ITraitAttribute
{
    public const string TraitName = "Requires";
    public const string TraitValue = "Postgres";

    public IReadOnlyCollection<KeyValuePair<string, string>> GetTraits() => [new(TraitName, TraitValue)];
}
