namespace Egov.Platform.Packs;

/// <summary>
/// One problem found in a pack, located so an operator can open the file at the line:
/// <c>pack.yaml:12: currency.patterns.en: pattern must contain {0}</c>.
/// </summary>
/// <param name="File">Pack-relative path with forward slashes (<c>texts/en.yaml</c>).</param>
/// <param name="Line">1-based line in that file.</param>
/// <param name="Field">Field path inside the file (<c>currency.patterns.en</c>, or a CSV column).</param>
/// <param name="Message">What is wrong, in English for operators.</param>
public sealed record PackError(string File, int Line, string Field, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Field}: {Message}";
}
