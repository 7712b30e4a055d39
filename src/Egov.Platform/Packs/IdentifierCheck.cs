namespace Egov.Platform.Packs;

/// <summary>Result of <see cref="PersonIdentifierFormat.Validate"/>.</summary>
/// <param name="IsValid">True when every rule of the definition holds.</param>
/// <param name="Error">Why it is not valid; <see cref="IdentifierError.None"/> when valid.</param>
/// <param name="Normalized">The value without ignored separators, when it matched the pattern.</param>
/// <param name="BirthDate">Birth date read from the value, when the definition has a birth-date rule.</param>
/// <param name="Sex">Sex read from the value, when the definition has a sex rule.</param>
public sealed record IdentifierCheck(
    bool IsValid,
    IdentifierError Error,
    string? Normalized,
    DateOnly? BirthDate,
    Sex? Sex);

/// <summary>Stable error codes; the UI maps them to texts.</summary>
public enum IdentifierError
{
    None,
    Empty,
    Format,
    UnknownCentury,
    InvalidBirthDate,
    UnknownSex,
    CheckDigit,
}

/// <summary>Sex as recorded in an identifier.</summary>
public enum Sex
{
    Male = 1,
    Female = 2,
}
