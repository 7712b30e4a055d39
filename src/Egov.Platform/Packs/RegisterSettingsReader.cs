namespace Egov.Platform.Packs;

/// <summary>Reads the <c>people</c> and <c>businesses</c> sections of pack.yaml: optional, but the demo data needs them.</summary>
/// <param name="identifiers">The identifier definitions that were read.</param>
/// <param name="everyIdentifierRead">
/// False when a definition was broken (and reported): a reference to it is then not reported again as unknown.
/// </param>
internal sealed class RegisterSettingsReader(IReadOnlyList<IdentifierDefinition> identifiers, bool everyIdentifierRead)
{
    /// <summary>No country comes of age before 1 or after 150: anything outside is a typo.</summary>
    private const int MaxAgeOfMajority = 150;

    public PeopleSettings? ReadPeople(YamlFields parent)
    {
        if (parent.Map("people", required: false) is not { } f)
        {
            return null;
        }

        var identifier = IdentifierOfKind(f, "person");
        var age = f.Int("ageOfMajority");
        if (age is < 1 or > MaxAgeOfMajority)
        {
            f.Error(f.Node("ageOfMajority", false)!, f.FieldPath("ageOfMajority"), $"must be between 1 and {MaxAgeOfMajority}");
            age = null;
        }

        var phone = f.Map("phone", required: false) is { } p ? ReadPhone(p) : null;
        f.RejectUnknown();
        return identifier is null || age is null ? null : new PeopleSettings(identifier, age.Value, phone);
    }

    private PhoneSettings? ReadPhone(YamlFields f)
    {
        var identifier = IdentifierOfKind(f, "phone");
        var example = f.String("example");
        var definition = identifiers.FirstOrDefault(d => d.Id == identifier);
        if (definition is not null && definition.Masked is null)
        {
            f.Error(f.Node("identifier", false)!, f.FieldPath("identifier"), $"identifier '{identifier}' needs a masked template to show phones");
        }

        if (definition is { CheckDigit: null } && example is not null && !new PersonIdentifierFormat(definition).Validate(example).IsValid)
        {
            f.Error(f.Node("example", false)!, f.FieldPath("example"), $"is not a valid '{identifier}' number");
        }

        f.RejectUnknown();
        return identifier is null || example is null || definition?.Masked is null ? null : new PhoneSettings(identifier, example);
    }

    public BusinessSettings? ReadBusinesses(YamlFields parent)
    {
        if (parent.Map("businesses", required: false) is not { } f)
        {
            return null;
        }

        var identifier = IdentifierOfKind(f, "business");
        f.RejectUnknown();
        return identifier is null ? null : new BusinessSettings(identifier);
    }

    private string? IdentifierOfKind(YamlFields f, string kind)
    {
        var id = f.String("identifier");
        if (id is null)
        {
            return null;
        }

        var definition = identifiers.FirstOrDefault(d => d.Id == id);
        if (definition is null && !everyIdentifierRead)
        {
            return null;
        }

        if (definition?.Kind != kind)
        {
            var problem = definition is null ? "is not declared in identifiers" : $"is of kind {definition.Kind}, not {kind}";
            f.Error(f.Node("identifier", false)!, f.FieldPath("identifier"), $"identifier '{id}' {problem}");
            return null;
        }

        return id;
    }
}
