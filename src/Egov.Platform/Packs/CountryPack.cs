using Egov.Platform.Packs.Demo;

namespace Egov.Platform.Packs;

/// <summary>
/// Everything a country changes without code: languages and texts, identifier formats, regions,
/// agencies, money, design tokens. Loaded and validated at start-up from <c>packs/&lt;code&gt;/</c>.
/// </summary>
public sealed class CountryPack
{
    /// <summary>Lower-case pack code, the folder name (<c>kr</c>, <c>jp</c>).</summary>
    public required string Code { get; init; }

    /// <summary>Folder the pack was read from; pack-relative files (design stylesheet…) resolve against it.</summary>
    public required string Directory { get; init; }

    /// <summary>BCP 47 language codes offered to users, the default first.</summary>
    public required IReadOnlyList<string> Languages { get; init; }

    public string DefaultLanguage => Languages[0];

    /// <summary>Pack texts per language (service name, masthead…); they override the platform's texts.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Texts { get; init; }

    /// <summary>True for a demonstration deployment: every page then says it is not an official site.</summary>
    public required bool IsDemo { get; init; }

    /// <summary>The country's legal time zone: calendar dates (today, a last day, a birthday) are read in it.</summary>
    public required TimeZoneInfo TimeZone { get; init; }

    public required CurrencyFormat Currency { get; init; }

    /// <summary>Pack-relative path of the stylesheet that sets the design tokens.</summary>
    public required string DesignStylesheet { get; init; }

    /// <summary>The country's name per language.</summary>
    public IReadOnlyDictionary<string, string> Names { get; init; } = new Dictionary<string, string>();

    /// <summary>Administrative regions and their levels.</summary>
    public RegionDirectory Regions { get; init; } = RegionDirectory.Empty;

    /// <summary>Public agencies (ministries, local governments…) in file order.</summary>
    public IReadOnlyList<Agency> Agencies { get; init; } = [];

    public AddressFormat Address { get; init; } = AddressFormat.Empty;

    /// <summary>Identifier formats by id (<c>rrn</c>).</summary>
    public IReadOnlyDictionary<string, PersonIdentifierFormat> Identifiers { get; init; } =
        new Dictionary<string, PersonIdentifierFormat>();

    /// <summary>Which identifier names a person and the age of majority; null when the pack does not say.</summary>
    public PeopleSettings? People { get; init; }

    /// <summary>Which identifier names a business; null when the pack does not say.</summary>
    public BusinessSettings? Businesses { get; init; }

    /// <summary>Private sign-in services accepted through OpenID Connect, in the order the sign-in page lists them.</summary>
    public IReadOnlyList<BrokeredProvider> BrokeredProviders { get; init; } = [];

    /// <summary>Fictitious people, companies and officials from <c>demo/</c>; null when the pack has none.</summary>
    public PackDemo? Demo { get; init; }

    /// <summary>What a synthetic population looks like (<c>population.yaml</c>); null when the pack has none.</summary>
    public Population.PopulationSettings? Population { get; init; }

    /// <summary>The date in the country at <paramref name="instant"/>.</summary>
    public DateOnly DateAt(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    /// <summary>Today's date in the country: what a resident reads on their calendar.</summary>
    public DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateAt(time.GetUtcNow());
    }

    /// <summary>What residents may entrust to another with a power of attorney (<c>delegation.yaml</c>).</summary>
    public DelegationSettings Delegation { get; init; } = DelegationSettings.None;

    /// <summary>The once-only exchange's datasets and purposes (<c>exchange.yaml</c>).</summary>
    public ExchangeSettings Exchange { get; init; } = ExchangeSettings.None;

    /// <summary>The certificates issued online (<c>documents.yaml</c>); empty when the pack has none.</summary>
    public DocumentCatalog Documents { get; init; } = DocumentCatalog.None;

    /// <summary>The benefits as rules (<c>benefits/</c>); empty when the pack has none.</summary>
    public BenefitCatalog Benefits { get; init; } = BenefitCatalog.None;
    /// <summary>What people may be notified about (<c>notifications.yaml</c>); empty when the pack has none.</summary>
    public NotificationTopics Notifications { get; init; } = NotificationTopics.None;

    /// <summary>Posts, grades, document types and the default delegation table (<c>org.yaml</c>); empty when the pack has none.</summary>
    public OrgSettings Org { get; init; } = OrgSettings.None;

    /// <summary>E-approval's document types, classifications, retention periods and numbering (<c>approvals.yaml</c>).</summary>
    public ApprovalSettings Approvals { get; init; } = ApprovalSettings.None;

    /// <summary>How official documents write dates, amounts and their layout's words (<c>writing.yaml</c>); null when the pack has none.</summary>
    public OfficialWriting? Writing { get; init; }

    /// <summary>Who is told of a move and asked after a death (<c>life-events.yaml</c>).</summary>
    public LifeEventRoutes LifeEvents { get; init; } = LifeEventRoutes.None;

    /// <summary>Field inspections' checklists and finding notices (<c>field.yaml</c>).</summary>
    public FieldSettings Field { get; init; } = FieldSettings.None;
}

/// <summary>How money is written: ISO code, minor digits and a pattern per language (<c>{0}원</c>).</summary>
public sealed record CurrencyFormat(string Code, int Decimals, IReadOnlyDictionary<string, string> Patterns);
