namespace Egov.Platform.Packs;

/// <summary>Reads the optional <c>delegation.yaml</c>: unique well-formed service codes, names in every language, a sane maximum.</summary>
internal static class DelegationSettingsReader
{
    public const string FileName = "delegation.yaml";

    /// <summary>Ten years: a longer power is a standing mandate, which belongs to a notary, not a web form.</summary>
    private const int MaxMonthsLimit = 120;

    public static DelegationSettings Read(string packDirectory, IReadOnlyList<string> languages, PackErrorList errors)
    {
        var fullPath = Path.Combine(packDirectory, FileName);
        if (!File.Exists(fullPath) || YamlFields.LoadFile(fullPath, FileName, errors) is not { } f)
        {
            return DelegationSettings.None;
        }

        var maxMonths = f.Int("maxMonths");
        if (maxMonths is < 1 or > MaxMonthsLimit)
        {
            f.Error(f.Node("maxMonths", false)!, "maxMonths", $"must be between 1 and {MaxMonthsLimit}");
        }

        var services = CodedNamesReader.Read(f, "services", "service code", "certificates.issue", languages)
            .Select(s => new DelegableService(s.Code, s.Names)).ToList();
        f.RejectUnknown();
        return new DelegationSettings(services, maxMonths ?? 0);
    }
}
