namespace Egov.Platform.Packs;

/// <summary>How the registers identify people and when a person comes of age (<c>pack.yaml</c> <c>people</c>).</summary>
/// <param name="Identifier">Id of the person identifier in <see cref="CountryPack.Identifiers"/> (<c>rrn</c>).</param>
/// <param name="AgeOfMajority">Age in full years from which a person is an adult.</param>
/// <param name="Phone">How phones on record are shown; null when the pack does not say (no proofing by SMS).</param>
public sealed record PeopleSettings(string Identifier, int AgeOfMajority, PhoneSettings? Phone = null);

/// <summary>
/// How a phone on record is shown to the person proofing (<c>pack.yaml</c> <c>people.phone</c>): an identifier
/// of kind <c>phone</c> whose <c>masked</c> template hides most digits, and an example number in its format.
/// </summary>
/// <param name="Identifier">Id of the phone identifier in <see cref="CountryPack.Identifiers"/> (<c>mobile</c>).</param>
/// <param name="Example">A number valid under that identifier (E.164), the shape of the decoy shown when nothing matched.</param>
public sealed record PhoneSettings(string Identifier, string Example);

/// <summary>How the business register identifies companies (<c>pack.yaml</c> <c>businesses</c>).</summary>
/// <param name="Identifier">Id of the business identifier in <see cref="CountryPack.Identifiers"/> (<c>brn</c>).</param>
public sealed record BusinessSettings(string Identifier);
