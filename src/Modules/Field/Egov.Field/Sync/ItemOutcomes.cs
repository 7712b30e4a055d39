using Egov.Field.Domain;

namespace Egov.Field.Sync;

/// <summary>The wire names of item outcomes.</summary>
internal static class ItemOutcomes
{
    public static string Name(ItemOutcome outcome) => outcome switch
    {
        ItemOutcome.Pass => "pass",
        ItemOutcome.Fail => "fail",
        _ => "not-applicable",
    };

    public static ItemOutcome? Parse(string? name) => name switch
    {
        "pass" => ItemOutcome.Pass,
        "fail" => ItemOutcome.Fail,
        "not-applicable" => ItemOutcome.NotApplicable,
        _ => null,
    };
}
