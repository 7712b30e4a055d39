using Egov.Benefits.Rules;
using Egov.Platform.Packs;

namespace Egov.Benefits;

/// <summary>
/// Compiles a pack's benefit rules for <c>egov pack validate</c>: the platform reads the files, only this module knows
/// what an expression may read, so an expression error is reported here with its file and line.
/// </summary>
public static class BenefitRuleCheck
{
    public static IReadOnlyList<PackError> Errors(CountryPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return RuleCompiler.Compile(pack.Benefits).Errors;
    }
}
