namespace Egov.Platform.Packs;

/// <summary>How the registers identify people and when a person comes of age (<c>pack.yaml</c> <c>people</c>).</summary>
/// <param name="Identifier">Id of the person identifier in <see cref="CountryPack.Identifiers"/> (<c>rrn</c>).</param>
/// <param name="AgeOfMajority">Age in full years from which a person is an adult.</param>
public sealed record PeopleSettings(string Identifier, int AgeOfMajority);

/// <summary>How the business register identifies companies (<c>pack.yaml</c> <c>businesses</c>).</summary>
/// <param name="Identifier">Id of the business identifier in <see cref="CountryPack.Identifiers"/> (<c>brn</c>).</param>
public sealed record BusinessSettings(string Identifier);
