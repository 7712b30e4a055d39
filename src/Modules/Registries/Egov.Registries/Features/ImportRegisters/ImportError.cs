namespace Egov.Registries.Features.ImportRegisters;

/// <summary>
/// What is wrong with one field of one row: <c>file:line: column: reason</c>. The reason says what is wrong with
/// the value without repeating it, so no resident number ever reaches an error message or a log.
/// </summary>
public sealed record ImportError(string File, long Line, string Column, string Reason)
{
    public override string ToString() => $"{File}:{Line}: {Column}: {Reason}";
}
