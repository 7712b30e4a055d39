namespace Egov.Registries.LifeEvents;

/// <summary>A rule a requested change breaks: the form field it concerns and the text that explains it.</summary>
/// <param name="Field">The field of the request (for a page to show the message beside it).</param>
/// <param name="TextKey">The key of the explanation in the platform's texts.</param>
internal sealed record RuleViolation(string Field, string TextKey);

/// <summary>What recording a life event did: its feed sequence and whom it concerns, or the rules it broke (then nothing was written).</summary>
/// <param name="ResidentId">The resident the event is about (for a birth, the newborn: a new record).</param>
internal sealed record RecordResult(long? Sequence, IReadOnlyList<RuleViolation> Violations, Guid? ResidentId = null)
{
    public bool Succeeded => Violations.Count == 0;

    public static RecordResult Refused(params RuleViolation[] violations) => new(null, violations);
}
